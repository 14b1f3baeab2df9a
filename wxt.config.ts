import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { MARKETO_MATCHES, SALESFORCE_MATCHES } from './lib/hosts';

/** The add-on id Firefox knows the extension by (a stable id keeps storage across reinstalls). */
const GECKO_ID = 'marketo-sfdc-oauth-guide@example.invalid';

// WXT 0.21's manifest type does not know Firefox's data_collection_permissions yet.
type GeckoSettings = { id: string; strict_min_version: string; data_collection_permissions: { required: string[] } };

// Firefox reads data_collection_permissions from 140 on (Firefox for Android from 142), and
// storage.session, which holds the consumer secret, exists from 115 on: 140 (an ESR) covers both.
const FIREFOX_MIN_VERSION = '140.0';
const FIREFOX_ANDROID_MIN_VERSION = '142.0';

// The manifest asks for no more than the journey needs: storage for progress, contentSettings for
// the popup-blocking prerequisite (Chrome only: Firefox has no such API, and the code answers
// "unsupported" there), webRequest to know Marketo's OAuth window by its authorisation request
// (non-blocking, on the consoles' hosts only; docs/oauth-window.md), and the admin consoles' hosts
// through the content scripts. WXT turns
// host_permissions into permissions for MV2 (Firefox's default).
function manifestFor({ browser }: { browser: string }) {
  const firefox = browser === 'firefox';
  const gecko: GeckoSettings = {
    id: GECKO_ID,
    strict_min_version: FIREFOX_MIN_VERSION,
    // The extension collects and sends nothing.
    data_collection_permissions: { required: ['none'] },
  };
  return {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: firefox ? ['storage', 'webRequest'] : ['storage', 'contentSettings', 'webRequest'],
    host_permissions: [...SALESFORCE_MATCHES, ...MARKETO_MATCHES],
    action: { default_title: '__MSG_extName__' },
    ...(firefox
      ? { browser_specific_settings: { gecko, gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION } } }
      : {}),
  };
}

export default defineConfig({
  // Parallel work trees of one checkout can build apart (the e2e bench reads the same variable).
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: manifestFor,
});
