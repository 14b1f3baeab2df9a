// Marketo's recogniser as Chrome runs it: injected by the background after the page's load event
// (lib/background/marketo-injection.ts, docs/lightness.md), not declared in the manifest. The guide
// still comes to an admin who arrives while the extension's service worker is stopped, and Marketo's
// hash navigations, which Chrome reports as the tab loading again, do not start it a second time.
import { describe, expect, it } from 'vitest';
import { collectConsole, stopServiceWorker } from '../sandbox/browser.mjs';
import { SYNC_PAGE, seededBench, waitForGuideTitle } from './marketo-helpers';

describe("Marketo: the recogniser injected after the page's load event", () => {
  const bench = seededBench({ popupBlocking: true });

  it("creates no world of the extension's in the admin application before the page's load event, and guides it after", async () => {
    const page = await bench().newPage();
    // The browser's own account, in order: the page's load event, and each script world created
    // in its top frame (an extension's isolated world has the extension's origin).
    const cdp = await page.createCDPSession();
    await cdp.send('Page.enable');
    const top = (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
    const events: string[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.origin.startsWith('chrome-extension://') && context.auxData?.frameId === top) events.push('extension world');
    });
    cdp.on('Page.loadEventFired', () => events.push('load event'));
    await cdp.send('Runtime.enable');
    await page.goto(SYNC_PAGE);
    await waitForGuideTitle(page, 'Before you connect');
    expect(events).toEqual(['load event', 'extension world']);
    await cdp.detach();
    await page.close();
  });

  it('guides an admin who arrives while the service worker is stopped', async () => {
    expect(await stopServiceWorker(bench())).toBe(true);
    const page = await bench().newPage();
    const console = collectConsole(page);
    await page.goto(SYNC_PAGE);
    await waitForGuideTitle(page, 'Before you connect');
    expect(console.errors()).toEqual([]);
    await page.close();
  });

  it('keeps the one guide it started through hash navigations away from the page and back', async () => {
    const page = await bench().newPage();
    const console = collectConsole(page);
    await page.goto(SYNC_PAGE);
    await waitForGuideTitle(page, 'Before you connect');
    // The overlay as first drawn, marked so that a second start (a new overlay) would show.
    await page.evaluate(() => document.querySelector('oauth-guide-overlay')?.setAttribute('data-test-first', ''));
    // Admin home, then back to Sync with Salesforce: each reported to the background as complete.
    await page.evaluate(() => (location.hash = '#MM0A1'));
    await page.waitForFunction(() => !document.querySelector('.mkt-sfdc-sync'));
    await page.evaluate(() => (location.hash = '#SF0A1'));
    await waitForGuideTitle(page, 'Before you connect');
    // Time for an injection the hash changes would have asked for to arrive and start.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await page.$$eval('oauth-guide-overlay', (overlays) => overlays.map((overlay) => overlay.hasAttribute('data-test-first')))).toEqual([true]);
    await waitForGuideTitle(page, 'Before you connect');
    expect(console.errors()).toEqual([]);
    await page.close();
  });
});
