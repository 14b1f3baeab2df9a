// The extension's `browser` in code that runs in pages (content scripts and the guide's chunks):
// wxt.config.ts resolves `wxt/browser` to this module there. It is the browser's own API, without
// webextension-polyfill (Firefox's `browser`, MV3 Chrome's `chrome`, both answering with promises),
// and it is looked up on first use: Chrome builds an API's bindings in a frame when a script first
// reads it, and a recogniser on a page outside the journey never calls the extension, so it never
// pays for them (about 0.6 ms of each Setup top frame's script; docs/lightness.md).
import type { browser as WxtBrowser } from 'wxt/browser';

type Browser = typeof WxtBrowser;

const global = globalThis as { browser?: { runtime?: { id?: string } }; chrome?: unknown };
let native: Browser | undefined;

/** Firefox's `browser`; in Chrome, `chrome` (whose `browser`, where present, is not the extension's). */
const nativeBrowser = (): Browser => (native ??= (global.browser?.runtime?.id ? global.browser : global.chrome) as Browser);

export const browser: Browser = new Proxy({} as Browser, {
  get: (_target, key) => Reflect.get(nativeBrowser(), key),
});
