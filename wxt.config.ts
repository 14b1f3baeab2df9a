import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import type { InlineConfig, PluginOption } from 'vite';
import preact from '@preact/preset-vite';
import { MARKETO_MATCHES, OAUTH_WINDOW_MATCHES, SALESFORCE_CONTENT_MATCHES, SALESFORCE_MATCHES } from './lib/hosts';

/** The add-on id Firefox knows the extension by (a stable id keeps storage across reinstalls). */
const GECKO_ID = 'marketo-sfdc-oauth-guide@example.invalid';

// WXT 0.21's manifest type does not know Firefox's data_collection_permissions yet.
type GeckoSettings = { id: string; strict_min_version: string; data_collection_permissions: { required: string[] } };

// Firefox reads data_collection_permissions from 140 on (Firefox for Android from 142), and
// storage.session, which holds the consumer secret, exists from 115 on: 140 (an ESR) covers both.
const FIREFOX_MIN_VERSION = '140.0';
const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/**
 * The guide's chunks (entrypoints/*-guide.ts), which the content scripts import on a page of the
 * journey (lib/content/guide-chunk.ts), and the hosts whose pages may load each. A file listed in
 * web_accessible_resources can be fetched by any page on those hosts: it is code the extension
 * ships, not data, and running it in a page's own world gives that page nothing (docs/security.md,
 * "The guide's chunks"). The dynamic address changes every session, so that a page cannot use the
 * file to tell that the extension is installed.
 */
const GUIDE_CHUNKS = {
  'salesforce-guide': SALESFORCE_CONTENT_MATCHES.filter((pattern) => pattern.includes('/lightning/')),
  'salesforce-classic-guide': SALESFORCE_CONTENT_MATCHES.filter((pattern) => !pattern.includes('/lightning/')),
  // Marketo's admin application (its app hosts), not the Adobe shell that frames it.
  'marketo-guide': ['https://*.marketo.com/*'],
  'oauth-popup-guide': OAUTH_WINDOW_MATCHES,
};

/** The origins of some match patterns, as web_accessible_resources wants them (any path). */
const originsOf = (matches: readonly string[]) => [...new Set(matches.map((pattern) => pattern.replace(/^(https:\/\/[^/]+)\/.*$/, '$1/*')))];

// The manifest asks for no more than the journey needs: storage for progress, contentSettings for
// the popup-blocking prerequisite (Chrome only: Firefox has no such API, and the code answers
// "unsupported" there), webRequest to know Marketo's OAuth window by its authorisation request
// and the arrival of Marketo's admin application (non-blocking, on the consoles' hosts only;
// docs/oauth-window.md), scripting (Chrome: the background injects Marketo's recogniser after the
// page's load event; docs/lightness.md), and the admin consoles' hosts through the content
// scripts. Neither webRequest nor scripting adds an install warning beyond those hosts. WXT turns
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
    permissions: firefox ? ['storage', 'webRequest'] : ['storage', 'contentSettings', 'webRequest', 'scripting'],
    host_permissions: [...SALESFORCE_MATCHES, ...MARKETO_MATCHES],
    action: { default_title: '__MSG_extName__' },
    web_accessible_resources: Object.entries(GUIDE_CHUNKS).map(([name, matches]) => ({
      resources: [`${name}.js`],
      matches: originsOf(matches),
      use_dynamic_url: true,
    })),
    ...(firefox
      ? { browser_specific_settings: { gecko, gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION } } }
      : {}),
  };
}

const isGuideChunk = (name: string) => name in GUIDE_CHUNKS;

/** Resolves imports of `module` to `replacement` in this build, before the aliases it had. */
function resolveAs(config: InlineConfig, module: string, replacement: string): void {
  const aliases = config.resolve?.alias;
  const list = Array.isArray(aliases) ? aliases : Object.entries(aliases ?? {}).map(([find, replacement]) => ({ find, replacement }));
  const exactly = new RegExp(`^${module.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  config.resolve = { ...config.resolve, alias: [{ find: exactly, replacement }, ...list.filter((alias) => alias.find !== module)] };
}

/**
 * The extension's `browser` in code that runs in pages (content scripts and the guide's chunks):
 * the browser's own, without webextension-polyfill, looked up on first use
 * (lib/content/page-browser.ts). Firefox's `browser` and MV3 Chrome's `chrome` both answer with
 * promises for everything that code calls (runtime messages and URLs, storage events, i18n), so
 * the polyfill would only be parsed in every frame for nothing. The background and the extension's
 * pages keep it (its types describe both).
 */
function useNativeBrowser(config: InlineConfig): void {
  resolveAs(config, 'wxt/browser', fileURLToPath(new URL('./lib/content/page-browser.ts', import.meta.url)));
}

/**
 * The content scripts' context, which WXT's entry wrapper creates: our own, which tells the host
 * page nothing when a script starts (lib/content/script-context.ts says what WXT's told it).
 */
function ownScriptContext(config: InlineConfig): void {
  resolveAs(config, 'wxt/utils/content-script-context', fileURLToPath(new URL('./lib/content/script-context.ts', import.meta.url)));
}

/**
 * Terser with two passes for the code that runs in pages (content scripts and the guide's chunks):
 * 4 to 7 % less gzip than Vite's default esbuild minifier (docs/lightness.md). Not for the
 * background and the extension's pages, where terser inlines zod's eval probe into a
 * `Function` call that web-ext lint reports.
 */
function minifyHarder(config: InlineConfig): void {
  config.build = { ...config.build, minify: 'terser', terserOptions: { compress: { passes: 2 } } };
}

/**
 * A guide chunk as an ES module that exports its start: WXT builds unlisted scripts as IIFEs in
 * library mode, whose ES output Vite leaves unminified; built as an application entry instead,
 * keeping its exports.
 */
function asModule(config: InlineConfig): void {
  const build = config.build ?? {};
  const entry = build.lib ? build.lib.entry : undefined;
  if (typeof entry !== 'string') throw new Error('A guide chunk is expected to have one entry.');
  build.lib = false;
  const output = build.rollupOptions?.output;
  if (!output || Array.isArray(output)) throw new Error('A guide chunk is expected to have one output.');
  build.rollupOptions = { ...build.rollupOptions, input: entry, preserveEntrySignatures: 'strict', output: { ...output, format: 'es' } };
  config.build = build;
  // The IIFE's footer names the IIFE's value, which an ES module does not have.
  const withoutFooter = (plugins: PluginOption[]): PluginOption[] =>
    plugins.map((plugin) => (Array.isArray(plugin) ? withoutFooter(plugin) : plugin)).filter((plugin) => !(plugin && 'name' in plugin && plugin.name === 'wxt:iife-footer'));
  config.plugins = withoutFooter(config.plugins ?? []);
}

export default defineConfig({
  // Parallel work trees of one checkout can build apart (the e2e bench reads the same variable).
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: manifestFor,
  hooks: {
    'vite:build:extendConfig'(entrypoints, config) {
      if (entrypoints.every((entry) => entry.type === 'content-script' || isGuideChunk(entry.name))) {
        useNativeBrowser(config);
        ownScriptContext(config);
        minifyHarder(config);
      }
      if (entrypoints.length === 1 && isGuideChunk(entrypoints[0].name)) asModule(config);
    },
  },
});
