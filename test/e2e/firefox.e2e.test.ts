// Firefox for real: Debian's Firefox ESR over WebDriver BiDi, the Firefox build installed as a
// temporary add-on (npm run build:firefox), the same sandbox, one browser for the whole file.
// What the admin meets there: the popup's checklist; the whole External Client App journey, from
// App Manager through Lightning's in-app navigation, the form filled, Create, the consumer key and
// secret captured, Marketo's form filled, Marketo's "Login with Salesforce" window guided through
// sign-in and Allow, to Start Sync with every checklist item done; and the Connected App path's
// classic form (in Lightning's cross-site frame) filled and its consumer details captured.
//
// Where Firefox differs (README, "Firefox"): it has no contentSettings, so the guide's pop-up
// button probes with a window of its own at the admin's click instead of changing a setting, and
// the checklist's pop-up item is ticked by that evidence.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'puppeteer';
import en from '../../public/_locales/en/messages.json';
import { collectConsole } from '../sandbox/browser.mjs';
import { launchFirefoxBench, type FirefoxBench } from '../sandbox/firefox.mjs';
import { clickCard, waitForCard } from '../sandbox/guide-card.mjs';
import { checklistItems, stepTitle, tickItem, waitForProgressIn, waitForStepsDone } from './helpers';
import { SYNC_USER, guideReport, waitForGuideTitle } from './marketo-helpers';
import { APP_NAME, CONTACT_EMAIL, frameWithGuide } from './salesforce-helpers';

const SALESFORCE = 'https://acme.lightning.force.com';
const APP_MANAGER = `${SALESFORCE}/lightning/setup/NavigationMenus/home`;
/** Marketo Admin, with the sandbox's minutes-long waits (Confirm Credentials) cut short. */
const MARKETO_ADMIN = 'https://app-ab12.marketo.com/?sandbox-delay-ms=300#MM0A1';
const KEY_SHOWN = '[id$=":consumerKey"]';
const SECRET_SHOWN = '[id$=":consumerSecret"]';
const MARKETO_KEY_FIELD = '.mkt-sfdc-sync input[type=text].x-form-field';
const MARKETO_SECRET_FIELD = '.mkt-sfdc-sync input[type=password].x-form-field';

const marketoButton = (text: string) => `table.x-btn:not(.x-item-disabled) button.x-btn-text::-p-text(${text})`;

let bench: FirefoxBench;
/** The popup page, kept open in a tab: the test reads the checklist and the extension's storage there. */
let popup: Page;


/** A fresh install's storage, with the app's name and contact email set in the options. */
async function startOver(): Promise<void> {
  await popup.evaluate(async (settings) => {
    await browser.storage.local.clear();
    await browser.storage.session.clear();
    await browser.storage.local.set({ settings });
  }, { version: 1, appName: APP_NAME, contactEmail: CONTACT_EMAIL, salesforceOrigin: '', marketoOrigin: '', syncUserName: SYNC_USER, pkce: false, keepSecret: false });
}

/** What the extension holds: progress, and only whether a secret is held (never its value). */
async function held(): Promise<{ progress: Record<string, any>; hasSecret: boolean }> {
  return popup.evaluate(async () => ({
    progress: ((await browser.storage.local.get('progress')).progress ?? {}) as Record<string, any>,
    hasSecret: typeof (await browser.storage.session.get('secret')).secret === 'string',
  }));
}

function waitForProgress(accept: (progress: Record<string, any>) => boolean): Promise<Record<string, any>> {
  return waitForProgressIn(async () => (await held()).progress, accept);
}

/** Waits until the popup's checklist shows these steps done (it follows storage while open). */
function expectDone(...ids: string[]): Promise<void> {
  return waitForStepsDone(popup, ids);
}

/**
 * A real click at the middle of the element, after checking that nothing (such as the guide's
 * card) is drawn over it there: the admin's pointer would hit whatever is on top.
 */
async function clickWhereDrawn(page: Page, selector: string): Promise<void> {
  const element = await page.waitForSelector(selector);
  const box = (await element!.boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  const onTop = await page.evaluate((x, y, selector) => document.elementFromPoint(x, y) === document.querySelector(selector), x, y, selector);
  expect({ selector, onTop }).toEqual({ selector, onTop: true });
  await page.mouse.click(x, y);
}

/** The next page a click opens whose address contains `urlPart` (a tab or Marketo's window). */
async function nextPage(browser: Browser, urlPart: string, open: () => Promise<unknown>): Promise<Page> {
  const before = new Set(browser.targets());
  const target = browser.waitForTarget((t) => !before.has(t) && t.type() === 'page' && t.url().includes(urlPart), { timeout: 15_000 });
  await open();
  const page = await (await target).page();
  if (!page) throw new Error(`nothing opened at ${urlPart}`);
  return page;
}

/** Salesforce's identity verification in the tab the consumer button opened. */
async function verifyIdentity(tab: Page): Promise<void> {
  await tab.locator('#emc').fill('123456');
  await tab.locator('#save').click();
}

/** Whether Marketo's two fields hold what Salesforce showed (compared in the pages, never printed). */
async function carriedAcross(consumer: Page, marketo: Page): Promise<boolean[]> {
  const shown = await consumer.evaluate((key, secret) => [document.querySelector(key)?.textContent?.trim(), document.querySelector(secret)?.textContent?.trim()], KEY_SHOWN, SECRET_SHOWN);
  return marketo.evaluate(
    (fields, values) => fields.map((field, i) => Boolean(values[i]) && (document.querySelector(field) as HTMLInputElement | null)?.value === values[i]),
    [MARKETO_KEY_FIELD, MARKETO_SECRET_FIELD],
    shown,
  );
}

describe('in Firefox ESR', () => {
  beforeAll(async () => {
    bench = await launchFirefoxBench();
    popup = await bench.openPopup();
    await startOver();
  }, 90_000);
  afterAll(() => bench?.close());

  it('shows the checklist in the popup, the pop-up prerequisite left to the evidence', async () => {
    const items = await checklistItems(popup);
    expect(items.find((item) => item.current)?.title).toBe(en.step_sf_open_app_manager_title.message);
    expect(items.map((item) => item.title)).toContain(en.step_popups_title.message);
    // No contentSettings here: the popup says so instead of judging.
    expect(await popup.$eval('main', (main) => main.innerText)).toContain(en.popup_popups_manual.message);
  });

  it('guides the External Client App path from App Manager to a running sync, every checklist item done', async () => {
    await tickItem(popup, stepTitle('api-access'));
    await tickItem(popup, stepTitle('sync-user'));
    await expectDone('api-access', 'sync-user');

    // Salesforce: Lightning draws the form without a page load; the guide must notice the new address.
    const setup = await bench.newPage();
    const consoles = [collectConsole(setup)];
    await setup.goto(APP_MANAGER);
    await waitForCard(setup, 'Create an External Client App');
    await expectDone('sf-open-app-manager');
    await setup.locator('lightning-button >>> button::-p-text(New External Client App)').click();
    await waitForCard(setup, 'Create the External Client App');
    await expectDone('eca-new');
    await clickCard(setup, '[data-guide-action="fill"]');
    expect(await guideReport(setup)).toContain('click Create');
    await expectDone('eca-basic-info', 'eca-oauth', 'eca-policies');
    await setup.locator('>>> [data-field=create] >>> button').click();
    await waitForCard(setup, 'Get the consumer key and secret');
    await expectDone('eca-create');
    await setup.locator('[role=tab]::-p-text(Settings)').click();
    const consumer = await nextPage(bench.browser, '/_ui/identity/verification/', () => setup.locator('lightning-button >>> button::-p-text(Consumer Key and Secret)').click());
    consoles.push(collectConsole(consumer));
    await verifyIdentity(consumer);
    await waitForCard(consumer, 'Key and secret captured');
    await expectDone('eca-open-consumer', 'eca-capture', 'app-credentials');

    // Marketo: Admin > CRM > Sync with Salesforce.
    const marketo = await bench.newPage();
    consoles.push(collectConsole(marketo));
    await marketo.goto(MARKETO_ADMIN);
    await marketo.locator('.x-tree-node-anchor ::-p-text(CRM)').click();
    await marketo.locator('table.x-btn button.x-btn-text::-p-text(Sync with Salesforce)').click();
    await waitForGuideTitle(marketo, 'Before you connect');
    await expectDone('oauth-feature', 'mkto-open-sync');
    // No setting to change in Firefox: the button opens a probe window at the admin's click, and
    // that it opened and loaded is what ticks the item.
    await clickCard(marketo, '[data-guide-action="allow-popups"]');
    expect(await guideReport(marketo)).toContain(en.mkto_popups_probe_allowed.message);
    await expectDone('popups');
    await clickCard(marketo, '[data-guide-action="fill"]');
    await marketo.waitForFunction((field) => Boolean((document.querySelector(field) as HTMLInputElement | null)?.value), {}, MARKETO_SECRET_FIELD);
    // No copy-paste: the fields hold the very key and secret Salesforce showed.
    expect(await carriedAcross(consumer, marketo)).toEqual([true, true]);
    await marketo.locator(marketoButton('Save')).click();
    await waitForGuideTitle(marketo, 'Click Login with Salesforce');
    await expectDone('mkto-enter-credentials');

    // Marketo's window: sign-in, verification code, Allow, each guided in the window.
    const window = await nextPage(bench.browser, 'https://login.salesforce.com/', () => marketo.locator(marketoButton('Login with Salesforce')).click());
    consoles.push(collectConsole(window));
    await waitForGuideTitle(window, 'Sign in as the Marketo sync user');
    // The window is as large as Marketo asks (640 × 720; puppeteer's Chromium shows it at the
    // bench's 1280 × 800). At that size the card must still leave the password, Log In and, on
    // the next page, Verify to the admin's pointer: each is clicked where it is drawn.
    await window.locator('#username').fill(SYNC_USER);
    await clickWhereDrawn(window, '#password');
    await window.keyboard.type('not-a-real-password');
    await clickWhereDrawn(window, '#Login');
    await expectDone('mkto-login');
    await window.locator('#emc').fill('123456');
    await clickWhereDrawn(window, '#save');
    await waitForGuideTitle(window, 'Click Allow');
    await expectDone('mkto-sign-in', 'mkto-verify');
    const closed = new Promise((resolve) => window.once('close', resolve));
    await window.locator('#oaapprove').click();
    await closed;
    await expectDone('mkto-allow');

    // Back in Marketo: Confirm Credentials, Start Salesforce Sync, Start Sync.
    await marketo.bringToFront();
    await waitForGuideTitle(marketo, 'Wait for Confirm Credentials');
    await marketo.locator(marketoButton('Confirm Credentials')).click();
    await expectDone('mkto-confirm');
    await marketo.locator(marketoButton('Start Salesforce Sync')).click();
    await expectDone('mkto-start-sf-sync');
    await marketo.locator(marketoButton('Start Sync')).click();
    await marketo.locator(`.mkt-start-sync-confirm ${marketoButton('Start Sync')}`).click();
    await marketo.waitForSelector('.mkt-sync-running', { timeout: 15_000 });
    await expectDone('mkto-start-sync');

    await waitForProgress((p) => p.completedAt !== undefined);
    const { hasSecret } = await held();
    expect(hasSecret).toBe(false); // the secret is dropped once the sync runs
    const open = (await checklistItems(popup)).filter((item) => item.status !== en.popup_status_done.message);
    expect(open).toEqual([]);
    // Nothing the extension did left an error in any of the pages' consoles.
    for (const console of consoles) expect(console.errors()).toEqual([]);
    for (const page of [setup, consumer, marketo]) await page.close();
  });

  it("fills the Connected App's classic form in Lightning's frame and captures its consumer details", async () => {
    await startOver();
    const setup = await bench.newPage();
    // A newer org: New Connected App first asks which kind of app. (The knob in the address: a
    // cookie set over BiDi before the first visit lands in another partition and is not sent.)
    await setup.goto(`${APP_MANAGER}?sandbox-variant=dialog`);
    await waitForCard(setup, 'Create an External Client App');
    await setup.locator('lightning-button >>> button::-p-text(New Connected App)').click();
    await setup.locator('label::-p-text(Create a Connected App)').click();
    await setup.locator('[role=dialog] button::-p-text(Continue)').click();

    const form = await frameWithGuide(setup, 'forceAppEdit.apexp', 'Create the Connected App');
    await clickCard(form, '[data-guide-action="fill"]');
    expect(await guideReport(form)).toContain('click Save');
    const filled = await form.evaluate(() => {
      const $ = (suffix: string) => document.querySelector(`[id$="${suffix}"]`) as HTMLInputElement | HTMLSelectElement | null;
      return {
        name: ($(':nameSection:name') as HTMLInputElement).value,
        oauth: ($(':oauth:isOauth') as HTMLInputElement).checked,
        callback: ($(':multiCallbackUrlSection:callbackUrl') as HTMLInputElement).value,
        available: ($(':backingList_a') as HTMLSelectElement).options.length,
      };
    });
    expect(filled).toEqual({ name: APP_NAME, oauth: true, callback: 'https://app.marketo.com/salesforce/getSfdcOAuthTokensRedirect', available: 0 });

    await form.locator('[id$="bottom:save"]').click();
    const saved: Frame = await frameWithGuide(setup, 'forceAppEdit.apexp', 'Saved');
    await saved.locator('[id$=":continue"]').click();
    const detail = await frameWithGuide(setup, 'forceAppDetail.apexp');
    const consumer = await nextPage(bench.browser, '/_ui/identity/verification/', () => detail.locator('[id$=":manageConsumer"]').click());
    await verifyIdentity(consumer);
    await waitForCard(consumer, 'Key and secret captured');
    const { progress, hasSecret } = await held();
    const shownKey = await consumer.$eval(KEY_SHOWN, (element) => element.textContent?.trim());
    expect({ source: progress.credentialSource, sameKey: progress.consumerKey === shownKey, hasSecret }).toEqual({ source: 'captured', sameKey: true, hasSecret: true });
    await expectDone('ca-new', 'ca-basic-info', 'ca-oauth', 'ca-save', 'ca-manage-consumer', 'ca-capture', 'app-credentials');
    await consumer.close();
    await setup.close();
  });
});

describe('in Firefox ESR without the Navigation API, as releases before it', () => {
  let older: FirefoxBench;
  beforeAll(async () => {
    older = await launchFirefoxBench({ prefs: { 'dom.navigation.webidl.enabled': false } });
  }, 90_000);
  afterAll(() => older?.close());

  it('follows Lightning to App Manager through the Setup tree, a pushState and nothing else', async () => {
    const page = await older.newPage();
    await page.goto(`${SALESFORCE}/lightning/setup/NavigationMenus/page?address=${encodeURIComponent('/app/mgmt/forceconnectedapps/forceAppEdit.apexp')}`);
    expect(await page.evaluate(() => 'navigation' in window)).toBe(false);
    await frameWithGuide(page, 'forceAppEdit.apexp', 'Create the Connected App');
    await page.locator('.setup-tree a[href="/lightning/setup/NavigationMenus/home"]').click();
    // The path the admin is on is the Connected App's: App Manager's card says so.
    await waitForCard(page, en.sf_app_manager_ca_title.message);
    await page.close();
  });
});
