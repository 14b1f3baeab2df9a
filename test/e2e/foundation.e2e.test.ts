// The foundation, as an admin meets it: the extension loads (what it asks for is checked in
// manifest.e2e.test.ts), its content scripts run on the consoles at their real addresses and nowhere else, the popup shows the
// checklist in the browser's language, progress survives a stopped service worker, and the
// popup-blocking prerequisite is fixed in one click.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import en from '../../public/_locales/en/messages.json';
import sv from '../../public/_locales/sv/messages.json';
import { collectConsole, launchBench, stopServiceWorker, type Bench } from '../sandbox/browser.mjs';
import { inCard, waitForCardState, waitForNoCard } from '../sandbox/guide-card.mjs';
import { EXAMPLES, LOOKALIKE_HOSTS } from '../sandbox/routes.mjs';
import { checklistItems, clearStorage, contentScriptFrames, screenshot, storedState, tickItem, waitForProgress } from './helpers';
import { setOptions } from './salesforce-helpers';

const APP_MANAGER_PATH = '/lightning/setup/NavigationMenus/home';

async function openMarketoSyncPage(page: Page): Promise<void> {
  await page.goto(EXAMPLES.marketoAdmin);
  await page.locator('.x-tree-node-anchor ::-p-text(Salesforce)').click();
  await page.waitForSelector('label.x-form-item-label::-p-text(Consumer Key)');
}

describe('in English', () => {
  let bench: Bench;
  beforeAll(async () => {
    bench = await launchBench();
  });
  afterAll(() => bench?.close());
  beforeEach(() => clearStorage(bench));

  it.each(['acme.lightning.force.com', 'acme.my.salesforce-setup.com'])(
    'runs on App Manager at %s, records the step and learns the org',
    async (host) => {
      const page = await bench.newPage();
      const console = collectConsole(page);
      await page.goto(`https://${host}${APP_MANAGER_PATH}`);
      const progress = await waitForProgress(bench, (p) => p.seen['sf-app-manager'] !== undefined);
      expect(progress.hosts.salesforce).toBe(`https://${host}`);
      expect(await contentScriptFrames(page, bench.extensionId!)).toHaveLength(1);
      expect(console.errors()).toEqual([]);
      await page.close();
    },
  );

  it('follows Marketo to Sync with Salesforce without a reload and sees OAuth is enabled', async () => {
    const page = await bench.newPage();
    const console = collectConsole(page);
    await openMarketoSyncPage(page);
    // The page reports its facts one after another: wait for what the fields told.
    const progress = await waitForProgress(bench, (p) => p.seen['mkto-sync-page'] !== undefined && p.oauthFeature !== 'unknown');
    expect(progress.oauthFeature).toBe('oauth');
    expect(progress.hosts.marketo).toBe('https://app-ab12.marketo.com');

    // The page's guide card goes when the admin moves on to another Admin page.
    const cards = () => inCard(page, (root) => root.querySelectorAll('[data-guide-card]').length, 0);
    await waitForCardState(page, 'the card', (root) => root.querySelector('[data-guide-card]') !== null);
    await page.evaluate(() => (location.hash = 'MM0A1'));
    await page.waitForSelector('::-p-text(Subscription Information)', { visible: true });
    await waitForNoCard(page);
    expect(await cards()).toBe(0);
    expect(console.errors()).toEqual([]);
    await page.close();
  });

  it('runs in Marketo framed by the Adobe Experience Cloud shell', async () => {
    const page = await bench.newPage();
    await page.goto(EXAMPLES.adobeMarketo);
    const frame = await page.waitForFrame((f) => f.url().startsWith('https://app-ab12.marketo.com/'));
    await frame.locator('.x-tree-node-anchor ::-p-text(Salesforce)').click();
    // Recorded from the framed app: the shell itself shows no Marketo page.
    const progress = await waitForProgress(bench, (p) => p.seen['mkto-sync-page'] !== undefined);
    expect(progress.hosts.marketo).toBe('https://app-ab12.marketo.com');
    await page.close();
  });

  it.each([LOOKALIKE_HOSTS.salesforce, LOOKALIKE_HOSTS.neutral])('does not run at all on %s', async (host) => {
    const page = await bench.newPage();
    await page.goto(`https://${host}${APP_MANAGER_PATH}`);
    await page.waitForSelector('lightning-button >>> button::-p-text(New Connected App)');
    expect(await contentScriptFrames(page, bench.extensionId!)).toEqual([]);
    expect((await storedState(bench)).progress?.seen ?? {}).toEqual({});
    await page.close();
  });

  it('does not record a Marketo lookalike', async () => {
    const page = await bench.newPage();
    await page.goto(`https://${LOOKALIKE_HOSTS.marketo}/#MM0A1`);
    await page.locator('.x-tree-node-anchor ::-p-text(Salesforce)').click();
    await page.waitForSelector('label.x-form-item-label::-p-text(Consumer Key)');
    expect(await contentScriptFrames(page, bench.extensionId!)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await storedState(bench)).progress?.seen ?? {}).toEqual({});
    await page.close();
  });

  it('shows the checklist grouped by phase, with each state announced', async () => {
    const page = await bench.newPage();
    await page.goto(EXAMPLES.appManager);
    await waitForProgress(bench, (p) => p.seen['sf-app-manager'] !== undefined);
    const popup = await bench.openPopup();
    await popup.waitForSelector('.checklist li.item');
    const headings = await popup.$$eval('.phase__heading > span:first-child', (spans) => spans.map((s) => s.textContent));
    expect(headings).toEqual([en.phase_before.message, en.phase_salesforce.message, en.phase_marketo.message]);
    const items = await checklistItems(popup);
    expect(items.find((item) => item.title === en.step_sf_open_app_manager_title.message)?.status).toBe(en.popup_status_done.message);
    const current = items.filter((item) => item.current);
    expect(current).toEqual([{ title: en.step_eca_new_title.message, status: en.popup_status_current.message, current: true }]);
    expect(await popup.$eval('html', (html) => html.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(popup, 'popup-en');
    await popup.close();
    await page.close();
  });

  it('keeps progress when the service worker is stopped mid-journey', async () => {
    const page = await bench.newPage();
    await page.goto(EXAMPLES.appManager);
    await waitForProgress(bench, (p) => p.seen['sf-app-manager'] !== undefined);
    const popup = await bench.openPopup();
    await tickItem(popup, en.step_api_access_title.message);
    await waitForProgress(bench, (p) => p.ticks['api-access'] === true);

    expect(await stopServiceWorker(bench)).toBe(true);
    // A page reporting while the worker is stopped wakes it; nothing reported before is lost.
    await page.bringToFront();
    await openMarketoSyncPage(page);
    const progress = await waitForProgress(bench, (p) => p.seen['mkto-sync-page'] !== undefined);
    expect(progress.seen['sf-app-manager']).toBeTypeOf('number');
    expect(progress.ticks['api-access']).toBe(true);

    expect(await stopServiceWorker(bench)).toBe(true);
    await popup.bringToFront();
    await popup.reload();
    await popup.waitForSelector('.checklist li.item');
    const items = await checklistItems(popup);
    for (const title of [en.step_sf_open_app_manager_title.message, en.step_api_access_title.message, en.step_mkto_open_sync_title.message]) {
      expect(items.find((item) => item.title === title)?.status).toBe(en.popup_status_done.message);
    }
    await popup.close();
    await page.close();
  });
});

describe('in Swedish', () => {
  let bench: Bench;
  beforeAll(async () => {
    bench = await launchBench({ lang: 'sv' });
  });
  afterAll(() => bench?.close());

  it('shows the checklist in Swedish', async () => {
    const popup = await bench.openPopup();
    await popup.waitForSelector('.checklist li.item');
    const headings = await popup.$$eval('.phase__heading > span:first-child', (spans) => spans.map((s) => s.textContent));
    expect(headings).toEqual([sv.phase_before.message, sv.phase_salesforce.message, sv.phase_marketo.message]);
    const items = await checklistItems(popup);
    expect(items.find((item) => item.current)).toEqual({
      title: sv.step_sf_open_app_manager_title.message,
      status: sv.popup_status_current.message,
      current: true,
    });
    expect(await popup.$eval('html', (html) => html.lang)).toBe('sv');
    await screenshot(popup, 'popup-sv');
    await popup.close();
  });
});

describe('with the popup blocker on', () => {
  let bench: Bench;
  beforeAll(async () => {
    bench = await launchBench({ popupBlocking: true });
  });
  afterAll(() => bench?.close());

  it('warns that Marketo cannot open its sign-in window, and fixes it in one click', async () => {
    const probe = await bench.newPage();
    await probe.goto('https://app-ab12.marketo.com/_bench/popup-probe');
    expect(await probe.$eval('#popup-without-gesture', (o) => (o as HTMLOutputElement).value)).toBe('blocked');

    // Before the extension knows which Marketo, it allows nothing: no button, and says why.
    const unknown = await bench.openPopup();
    await unknown.locator(`::-p-text(${en.popup_popups_no_host.message})`).wait();
    expect(await unknown.$('.prerequisites button')).toBeNull();
    await unknown.close();

    await setOptions(bench, { marketoOrigin: 'https://app-ab12.marketo.com' });
    const popup = await bench.openPopup();
    const popupsTitle = en.step_popups_title.message;
    const allowLabel = en.popup_allow_popups.message.replace('$HOST$', 'app-ab12.marketo.com');
    await popup.locator(`button::-p-text(${allowLabel})`).wait();
    expect((await checklistItems(popup)).find((item) => item.title === popupsTitle)?.status).toBe(en.popup_status_attention.message);
    expect((await storedState(bench)).progress?.popups).toBe('blocked');
    await screenshot(popup, 'popup-popups-blocked');

    await popup.locator(`button::-p-text(${allowLabel})`).click();
    await waitForProgress(bench, (p) => p.popups === 'allowed');
    await popup.locator(`::-p-text(${en.popup_popups_allowed.message.replace('$HOSTS$', 'app-ab12.marketo.com')})`).wait();
    await popup.waitForFunction(
      (title, done) =>
        [...document.querySelectorAll('.checklist li.item')].some(
          (item) => item.querySelector('.item__title-text')?.textContent?.trim() === title && item.textContent?.includes(done),
        ),
      {},
      popupsTitle,
      en.popup_status_done.message,
    );

    // Not only the setting: Marketo's page really may open a window now.
    await probe.bringToFront();
    await probe.reload();
    expect(await probe.$eval('#popup-without-gesture', (o) => (o as HTMLOutputElement).value)).toBe('opened');
    // Exactly that host: another pod, and another site on Marketo's domain, still may not.
    for (const host of ['app-zz99.marketo.com', 'na-ab12.marketo.com']) {
      await probe.goto(`https://${host}/_bench/popup-probe`);
      expect(await probe.$eval('#popup-without-gesture', (o) => (o as HTMLOutputElement).value), host).toBe('blocked');
    }
    await popup.close();
    await probe.close();
  });
});
