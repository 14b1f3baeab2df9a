// The `browser` of code that runs in pages (lib/content/page-browser.ts): the extension's own API
// of the engine it runs in, looked up on first use, never at import.
import { afterEach, describe, expect, it, vi } from 'vitest';

const global = globalThis as { browser?: unknown; chrome?: unknown };
const saved = { browser: global.browser, chrome: global.chrome };

afterEach(() => {
  Object.assign(global, saved);
  vi.resetModules();
});

/** An API namespace that counts how often it was read. */
function counted(name: string) {
  const reads: string[] = [];
  const api = new Proxy({ runtime: { id: 'extension-id', getURL: (path: string) => `${name}:${path}` } }, {
    get: (target, key) => (reads.push(String(key)), Reflect.get(target, key)),
  });
  return { api, reads };
}

describe('the browser API in pages', () => {
  it("is Chrome's `chrome` where `browser` is not the extension's, and is read only when used", async () => {
    const chrome = counted('chrome');
    global.chrome = chrome.api;
    global.browser = undefined;
    const { browser } = await import('../../lib/content/page-browser');
    expect(chrome.reads).toEqual([]);
    expect(browser.runtime.getURL('/marketo-guide.js')).toBe('chrome:/marketo-guide.js');
    expect(chrome.reads).toEqual(['runtime']);
  });

  it("is Firefox's `browser` where it carries the extension's runtime", async () => {
    global.chrome = counted('chrome').api;
    global.browser = counted('firefox').api;
    const { browser } = await import('../../lib/content/page-browser');
    expect(browser.runtime.getURL('/oauth-popup-guide.js')).toBe('firefox:/oauth-popup-guide.js');
  });
});
