// The bench's browser: Chromium with the built extension, pointed at the sandbox.
//
// Every launch gets its own sandbox server and a fresh profile, both removed on close, so tests
// never share state through the browser. Build first (`npm run build`): the extension is loaded
// from .output/chrome-mv3.

import fs from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer';
import { startSandbox } from './server.mjs';

/** The unpacked extension that `npm run build` writes. */
export const EXTENSION_DIR = path.resolve(
  fileURLToPath(new URL('../../', import.meta.url)),
  process.env.WXT_OUT_DIR ?? '.output',
  'chrome-mv3',
);

/** Size of the popup when opened in a tab: Chrome's popups are at most 800x600, ours is narrow. */
export const POPUP_VIEWPORT = { width: 360, height: 600 };

/** Viewport of ordinary pages in headless runs: a common laptop size, wide enough for Setup. */
const PAGE_VIEWPORT = { width: 1280, height: 800 };

/**
 * @typedef {{
 *   browser: import('puppeteer').Browser,
 *   sandbox: import('./server.mjs').Sandbox,
 *   extensionId: string | null,
 *   serviceWorker: () => Promise<import('puppeteer').WebWorker>,
 *   openPopup: (page?: import('puppeteer').Page) => Promise<import('puppeteer').Page>,
 *   openActionPopup: (tab: import('puppeteer').Page) => Promise<import('puppeteer').Page>,
 *   newPage: () => Promise<import('puppeteer').Page>,
 *   restart: () => Promise<void>,
 *   close: () => Promise<void>,
 * }} Bench
 */

/** @param {import('puppeteer').Target} target */
const isExtensionWorker = (target) =>
  target.type() === 'service_worker' && target.url().startsWith('chrome-extension://');

/** Debian's /usr/bin/chromium where it exists; elsewhere puppeteer's own browser. */
function chromiumPath() {
  return process.env.PUPPETEER_EXECUTABLE_PATH ?? (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
}

/**
 * Starts a sandbox and a Chromium with the extension loaded.
 *
 * Language: `lang` sets --lang (chrome.i18n.getMessage then reads _locales/<lang>), --accept-lang
 * (navigator.languages, Accept-Language) and LANGUAGE (the browser's UI locale on Linux, which is
 * what chrome.i18n.getUILanguage reports). The UI locale only switches when the browser ships that
 * locale: Debian's chromium has only en-US unless the chromium-l10n package is installed, so
 * there getUILanguage() stays "en-US" while getMessage() follows `lang`.
 *
 * @param {{ lang?: string, popupBlocking?: boolean, extension?: boolean | string, headless?: boolean }} [options]
 *   popupBlocking: keep Chrome's popup blocker on (puppeteer turns it off by default);
 *   extension: false for a browser without the extension (to see a page as it is), or the
 *     directory of another unpacked build (a variant the benchmark compares);
 *   headless: false opens a window (needs a display).
 * @returns {Promise<Bench>}
 */
export async function launchBench({ lang = 'en', popupBlocking = false, extension = true, headless = true } = {}) {
  const extensionDir = typeof extension === 'string' ? extension : EXTENSION_DIR;
  if (extension && !fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  const sandbox = await startSandbox();
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'bench-profile-'));
  const cleanUp = async () => {
    await sandbox.close();
    await rm(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  };

  const launch = () =>
    puppeteer.launch({
      executablePath: chromiumPath(),
      headless,
      pipe: true, // enableExtensions with paths needs the pipe transport
      enableExtensions: extension ? [extensionDir] : false,
      userDataDir,
      ignoreDefaultArgs: popupBlocking ? ['--disable-popup-blocking'] : undefined,
      defaultViewport: headless ? PAGE_VIEWPORT : null,
      env: { ...process.env, LANGUAGE: lang },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--ignore-certificate-errors',
        `--host-resolver-rules=${sandbox.hostResolverRules}`,
        `--lang=${lang}`,
        `--accept-lang=${lang}`,
        ...(headless ? [] : ['--window-size=1280,900']),
      ],
    });

  /** @type {import('puppeteer').Browser} */
  let browser;
  try {
    browser = await launch();
  } catch (error) {
    await cleanUp();
    throw error;
  }

  let extensionId = null;
  if (extension) {
    try {
      const worker = await browser.waitForTarget(isExtensionWorker, { timeout: 20_000 });
      extensionId = new URL(worker.url()).host;
    } catch (error) {
      await browser.close();
      await cleanUp();
      throw new Error(`The extension's service worker did not start: ${error.message}`);
    }
  }
  const extensionOrigin = `chrome-extension://${extensionId}`;
  const requireExtension = () => {
    if (!extensionId) throw new Error('This bench was launched with extension: false.');
  };

  let closed = false;
  return {
    get browser() {
      return browser;
    },
    sandbox,
    extensionId,

    /**
     * The extension's service worker, once its extension APIs are there: a worker that has just
     * (re)started can be evaluated in for a moment before `chrome` exists in it.
     */
    async serviceWorker() {
      requireExtension();
      const deadline = Date.now() + 10_000;
      const target = await browser.waitForTarget(
        (t) => isExtensionWorker(t) && t.url().startsWith(`${extensionOrigin}/`),
        { timeout: 10_000 },
      );
      const worker = await target.worker();
      if (!worker) throw new Error('The service worker target has no worker.');
      while (!(await worker.evaluate(() => Boolean(globalThis.chrome?.runtime?.id)).catch(() => false))) {
        if (Date.now() > deadline) throw new Error('The service worker started without extension APIs.');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return worker;
    },

    /** popup.html in a tab (new, or `page` reused) at popup size. Its "active tab" is itself. */
    async openPopup(page) {
      requireExtension();
      const popup = page ?? (await browser.newPage());
      await popup.setViewport(POPUP_VIEWPORT);
      await popup.goto(`${extensionOrigin}/popup.html`, { waitUntil: 'load' });
      return popup;
    },

    /**
     * The real action popup, as if the toolbar button were clicked while `tab` is active: Chrome
     * sizes it to its content and closes it when it loses focus.
     */
    async openActionPopup(tab) {
      requireExtension();
      const extensionHandle = (await browser.extensions()).get(/** @type {string} */ (extensionId));
      if (!extensionHandle) throw new Error('The extension is not installed in this browser.');
      const popupUrl = `${extensionOrigin}/popup.html`;
      const opened = browser.waitForTarget((t) => t.url().startsWith(popupUrl), { timeout: 10_000 });
      await tab.bringToFront();
      await tab.triggerExtensionAction(extensionHandle);
      const popup = await (await opened).asPage();
      await popup.waitForFunction(() => document.readyState === 'complete');
      return popup;
    },

    newPage: () => browser.newPage(),

    /**
     * Quits Chromium and starts it again on the same profile, as an admin closing and reopening
     * the browser: storage.local stays, storage.session and every tab are gone.
     */
    async restart() {
      await browser.close();
      browser = await launch();
      if (extension) await browser.waitForTarget(isExtensionWorker, { timeout: 20_000 });
    },

    async close() {
      if (closed) return;
      closed = true;
      await browser.close().catch(() => undefined);
      await cleanUp();
    },
  };
}

/**
 * Stops the extension's MV3 service worker, as Chrome does when it is idle: its memory is gone,
 * and the next event (a runtime message, a storage change it listens to) starts it again.
 *
 * In Chromium 156 this takes CDP Target.closeTarget on the worker's target AND detaching every
 * DevTools session from it (an attached session keeps the worker alive); puppeteer's
 * WebWorker.close() does both. ServiceWorker.stopAllWorkers is not available on the browser target.
 * @param {Bench} bench
 * @returns {Promise<boolean>} false when it was not running
 */
export async function stopServiceWorker(bench) {
  const { browser, extensionId } = bench;
  const target = browser
    .targets()
    .find((t) => isExtensionWorker(t) && t.url().startsWith(`chrome-extension://${extensionId}/`));
  if (!target) return false;
  // Closing a target that has just gone fails; the wait below then sees it gone.
  await target
    .worker()
    .then((worker) => worker?.close())
    .catch(() => undefined);
  // Puppeteer drops a service worker's target from the browser's targets when it is destroyed.
  // Asked rather than listened for: a worker that stops by itself (idle, or its close already under
  // way) may be gone before a listener would be added.
  const deadline = Date.now() + 10_000;
  while (browser.targets().includes(target)) {
    if (Date.now() > deadline) throw new Error('The service worker did not stop.');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

/**
 * Records a page's console errors and uncaught exceptions, to assert that a page stays clean.
 * Content scripts run in the page's target, so their errors show up here too.
 * @param {import('puppeteer').Page} page
 */
export function collectConsole(page) {
  /** @type {Array<{ kind: 'console' | 'pageerror', text: string, url?: string }>} */
  const entries = [];
  const onConsole = (/** @type {import('puppeteer').ConsoleMessage} */ message) => {
    if (message.type() === 'error' || message.type() === 'assert') {
      entries.push({ kind: 'console', text: message.text(), url: message.location()?.url });
    }
  };
  const onPageError = (/** @type {unknown} */ error) => {
    entries.push({ kind: 'pageerror', text: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  return {
    entries,
    /** One line per error, for `expect(console.errors()).toEqual([])`. */
    errors: () => entries.map((entry) => `${entry.kind}: ${entry.text}${entry.url ? ` (${entry.url})` : ''}`),
    stop() {
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
    },
  };
}
