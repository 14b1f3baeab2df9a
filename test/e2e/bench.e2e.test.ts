// Smoke test of the test bench itself: the extension loads, the replicas are served at their real
// URLs and behave like the real pages (shadow roots, client-side navigation, frames), and the
// browser switches (language, popup blocking, stopping the service worker) do what they say.
// Tests of the extension's own behaviour live in their own files.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { EXTENSION_DIR, collectConsole, launchBench, stopServiceWorker, type Bench } from '../sandbox/browser.mjs';
import { EXAMPLES, LOOKALIKE_HOSTS } from '../sandbox/routes.mjs';

const APP_MANAGER_PATH = '/lightning/setup/NavigationMenus/home';
const NEW_APP_BUTTONS = ['New Lightning App', 'New Connected App', 'New External Client App'];

/** Texts of every <button> in the page, across open shadow roots. */
function buttonTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.localName === 'button') texts.push(element.textContent?.trim() ?? '');
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return texts;
  });
}

/** Marks the page's window; the mark survives client-side navigation but not a page load. */
const markWindow = (page: Page) => page.evaluate(() => ((window as any).benchMark = 'kept'));
const windowMark = (page: Page) => page.evaluate(() => (window as any).benchMark ?? 'lost');

describe('bench with the extension (defaults)', () => {
  let bench: Bench;
  beforeAll(async () => {
    bench = await launchBench();
  });
  afterAll(() => bench?.close());

  it('loads the extension and finds its id from the service worker', async () => {
    expect(bench.extensionId).toMatch(/^[a-p]{32}$/);
    const worker = await bench.serviceWorker();
    expect(worker.url()).toMatch(new RegExp(`^chrome-extension://${bench.extensionId}/`));
  });

  it.each(['acme.lightning.force.com', 'acme.my.salesforce-setup.com'])(
    'renders App Manager from Salesforce\'s components, its New buttons drawn by lightning-button, on %s',
    async (host) => {
      const page = await bench.newPage();
      const console = collectConsole(page);
      const response = await page.goto(`${bench.sandbox.origin(host)}${APP_MANAGER_PATH}`);
      expect(response?.status()).toBe(200);
      expect(page.url()).toBe(`https://${host}${APP_MANAGER_PATH}`);
      await page.waitForSelector('>>> lightning-button >>> button::-p-text(New External Client App)');
      expect(await buttonTexts(page)).toEqual(expect.arrayContaining(NEW_APP_BUTTONS));
      // The list of apps, drawn by the page's component.
      expect((await page.$$('>>> table[role=grid] tbody tr')).length).toBeGreaterThan(3);
      expect(console.errors()).toEqual([]);
      await page.close();
    },
  );

  // Setup's pages are built from Salesforce's own components (docs/bench.md): going from one to
  // another swaps the content without a page load, Lightning's way.
  it.each([
    ['New External Client App', '/lightning/setup/ManageExternalClientApplication/create', 'kept'],
    ['New Connected App', '/lightning/setup/NavigationMenus/page?address=%2Fapp%2Fmgmt%2Fforceconnectedapps%2FforceAppEdit.apexp', 'kept'],
  ])('goes from App Manager to "%s" at %s and back (the window %s)', async (label, target, mark) => {
    const page = await bench.newPage();
    await page.goto(EXAMPLES.appManager);
    await markWindow(page);
    await page.locator(`>>> lightning-button >>> button::-p-text(${label})`).click();
    await page.waitForFunction((path) => location.pathname + location.search === path, {}, target);
    await page.waitForFunction((title) => document.querySelector('h1')?.textContent?.trim() === title, {}, label);
    expect(await windowMark(page)).toBe(mark);
    await markWindow(page);
    await page.goBack();
    await page.waitForSelector(`>>> lightning-button >>> button::-p-text(${label})`);
    expect(new URL(page.url()).pathname).toBe(APP_MANAGER_PATH);
    expect(await windowMark(page)).toBe(mark);
    await page.close();
  });

  it('walks Marketo Admin to Sync with Salesforce by tree and hash, without a page load', async () => {
    const page = await bench.newPage();
    const console = collectConsole(page);
    await page.goto(EXAMPLES.marketoAdmin);
    await page.locator('.x-tree-node-anchor ::-p-text(CRM)').click();
    await page.locator('table.x-btn button.x-btn-text::-p-text(Sync with Salesforce)').click();
    await page.waitForSelector('label.x-form-item-label::-p-text(Consumer Key)');
    expect(new URL(page.url()).hash).toBe('#SF0A1');
    await markWindow(page);

    await page.evaluate(() => (location.hash = 'MM0A1'));
    await page.waitForSelector('::-p-text(Subscription Information)');
    await page.locator('.x-tree-node-anchor ::-p-text(Salesforce)').click();
    await page.waitForSelector('label.x-form-item-label::-p-text(Consumer Secret)');
    expect(await windowMark(page)).toBe('kept');

    const fields = await page.$$eval('label.x-form-item-label', (labels) =>
      labels.map((label) => {
        const input = document.getElementById((label as HTMLLabelElement).htmlFor);
        return [label.textContent, input?.className, (input as HTMLInputElement | null)?.type];
      }),
    );
    expect(fields).toEqual([
      ['Consumer Key:', 'x-form-text x-form-field', 'text'],
      ['Consumer Secret:', 'x-form-text x-form-field', 'password'],
    ]);
    expect(await page.$$eval('table.x-btn button.x-btn-text', (buttons) => buttons.map((b) => b.textContent))).toEqual([
      'Save',
      'Login with Salesforce',
    ]);
    expect(console.errors()).toEqual([]);
    await page.close();
  });

  it('frames the Marketo app inside the Adobe Experience Cloud shell', async () => {
    const page = await bench.newPage();
    await page.goto(EXAMPLES.adobeMarketo);
    const frame = await page.waitForFrame((f) => f.url().startsWith('https://app-ab12.marketo.com/'));
    expect(frame.parentFrame()).toBe(page.mainFrame());
    expect(await (await frame.frameElement())?.evaluate((iframe) => iframe.className)).toBe('shell-app-frame');
    await frame.waitForSelector('.x-tree-node-anchor ::-p-text(CRM)');
    expect(new URL(page.url()).host).toBe('experience.adobe.com');
    await page.close();
  });

  it('serves the lookalike hosts, 404s unknown pages, and resolves no other host', async () => {
    const page = await bench.newPage();
    for (const host of [LOOKALIKE_HOSTS.salesforce, LOOKALIKE_HOSTS.neutral]) {
      const response = await page.goto(`https://${host}${APP_MANAGER_PATH}`);
      expect(response?.status()).toBe(200);
      await page.waitForSelector('lightning-button >>> button::-p-text(New Connected App)');
    }
    expect((await page.goto(`https://${LOOKALIKE_HOSTS.marketo}/#SF0A1`))?.status()).toBe(200);
    expect((await page.goto('https://acme.lightning.force.com/lightning/setup/NoSuchPage/home'))?.status()).toBe(404);
    await expect(page.goto('https://www.salesforce.org/')).rejects.toThrow(/ERR_NAME_NOT_RESOLVED/);
    await page.close();
  });

  it('opens the extension popup page at popup size', async () => {
    const popup = await bench.openPopup();
    expect(popup.url()).toBe(`chrome-extension://${bench.extensionId}/popup.html`);
    expect(await popup.evaluate(() => [chrome.runtime.id, innerWidth, innerHeight])).toEqual([bench.extensionId, 360, 600]);
    await popup.close();
  });

  it("opens the real toolbar popup for a tab", async () => {
    const tab = await bench.newPage();
    await tab.goto(EXAMPLES.appManager);
    const popup = await bench.openActionPopup(tab);
    expect(popup.url()).toBe(`chrome-extension://${bench.extensionId}/popup.html`);
    await popup.close();
    await tab.close();
  });

  it('leaves popups unblocked by default, as puppeteer does', async () => {
    const page = await bench.newPage();
    await page.goto('https://app-ab12.marketo.com/_bench/popup-probe');
    await page.waitForFunction(() => document.querySelector('output')?.value !== 'pending');
    expect(await page.$eval('#popup-without-gesture', (o) => (o as HTMLOutputElement).value)).toBe('opened');
    await page.close();
  });

  it('stops the service worker, which loses its memory and starts again on the next message', async () => {
    const before = await bench.serviceWorker();
    await before.evaluate(() => ((globalThis as any).benchMark = 'kept'));
    expect(await stopServiceWorker(bench)).toBe(true);
    expect(bench.browser.targets().some((t) => t.type() === 'service_worker')).toBe(false);

    const popup = await bench.openPopup();
    // Any runtime message wakes the worker, whether or not it answers.
    await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'bench-ping' }).catch(() => undefined));
    const after = await bench.serviceWorker();
    expect(await after.evaluate(() => (globalThis as any).benchMark ?? 'lost')).toBe('lost');
    await popup.close();
  });
});

describe('bench with popup blocking', () => {
  let bench: Bench;
  beforeAll(async () => {
    bench = await launchBench({ popupBlocking: true });
  });
  afterAll(() => bench?.close());

  it('blocks window.open without a user gesture and allows it after a click', async () => {
    const page = await bench.newPage();
    await page.goto('https://app-ab12.marketo.com/_bench/popup-probe');
    await page.waitForFunction(() => document.querySelector('output')?.value !== 'pending');
    expect(await page.$eval('#popup-without-gesture', (o) => (o as HTMLOutputElement).value)).toBe('blocked');
    await page.click('#open-popup');
    expect(await page.$eval('#popup-with-gesture', (o) => (o as HTMLOutputElement).value)).toBe('opened');
    await page.close();
  });
});

describe('bench in Swedish', () => {
  let bench: Bench;
  beforeAll(async () => {
    bench = await launchBench({ lang: 'sv' });
  });
  afterAll(() => bench?.close());

  it("gives the extension its Swedish messages and pages Swedish as their language", async () => {
    const swedish = JSON.parse(await readFile(path.join(EXTENSION_DIR, '_locales/sv/messages.json'), 'utf8'));
    const worker = await bench.serviceWorker();
    expect(await worker.evaluate(() => chrome.i18n.getMessage('extName'))).toBe(swedish.extName.message);
    // chrome.i18n.getUILanguage() is "sv" only where the browser ships its sv locale (Chrome for
    // Testing, or Debian's chromium with chromium-l10n); Debian's chromium alone reports "en-US".
    expect(['sv', 'en-US']).toContain(await worker.evaluate(() => chrome.i18n.getUILanguage()));

    const page = await bench.newPage();
    await page.goto(EXAMPLES.appManager);
    expect(await page.evaluate(() => navigator.languages)).toEqual(['sv']);
    await page.close();
  });
});
