import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { MARKETO_MATCHES, SALESFORCE_MATCHES } from './lib/hosts';

// The manifest asks for no more than the journey needs: storage for progress, contentSettings for
// the popup-blocking prerequisite, and the admin consoles' hosts through the content scripts.
export default defineConfig({
  // Parallel work trees of one checkout can build apart (the e2e bench reads the same variable).
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contentSettings'],
    host_permissions: [...SALESFORCE_MATCHES, ...MARKETO_MATCHES],
    action: { default_title: '__MSG_extName__' },
  },
});
