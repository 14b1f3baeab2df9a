// Firefox for real: Debian's Firefox ESR over WebDriver BiDi, the Firefox build installed as a
// temporary add-on (npm run build:firefox), the same sandbox. What the admin meets there: the
// popup's checklist, the guide following Lightning's in-app navigation from App Manager to the
// External Client App form and filling it, the key and secret carried into Marketo's own form, and
// the guide in Marketo's "Login with Salesforce" window. Firefox has no contentSettings: the pop-up
// prerequisite is the admin's to tick, and the window itself is the evidence that pop-ups work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import en from '../../public/_locales/en/messages.json';
import { launchFirefoxBench, type FirefoxBench } from '../sandbox/firefox.mjs';
import { runCardAction, waitForCard } from '../sandbox/guide-card.mjs';
import { KEY, SECRET, SYNC_PAGE } from './marketo-helpers';
import { APP_NAME, CONTACT_EMAIL } from './salesforce-helpers';

const APP_MANAGER = 'https://acme.lightning.force.com/lightning/setup/NavigationMenus/home';
const MARKETO_KEY_FIELD = '.mkt-sfdc-sync input[type=text].x-form-field';
const MARKETO_SECRET_FIELD = '.mkt-sfdc-sync input[type=password].x-form-field';

let bench: FirefoxBench;
/** The popup page, kept open: the test reads and writes the extension's storage through it. */
let popup: Page;

beforeAll(async () => {
  bench = await launchFirefoxBench();
  popup = await bench.openPopup();
  await popup.evaluate(
    (settings) => browser.storage.local.set({ settings }),
    { version: 1, appName: APP_NAME, contactEmail: CONTACT_EMAIL, salesforceOrigin: '', marketoOrigin: '', syncUserName: '', pkce: false, keepSecret: false },
  );
}, 90_000);
afterAll(() => bench?.close());

/** What the popup's checklist shows: each item's title and whether it is the current one. */
async function checklist(page: Page): Promise<{ title: string; current: boolean }[]> {
  await page.waitForSelector('.checklist li.item');
  return page.$$eval('.checklist li.item', (items) =>
    items.map((item) => ({ title: item.querySelector('.item__title-text')?.textContent?.trim() ?? '', current: item.getAttribute('aria-current') === 'step' })),
  );
}

/** Types into the field a <label> names, as the admin reads it (Firefox's BiDi has no ARIA queries into the popup). */
async function fillByLabel(page: Page, label: string, text: string): Promise<void> {
  const id = await page.$$eval('label', (labels, wanted) => labels.find((element) => element.textContent?.trim() === wanted)?.htmlFor ?? '', label);
  if (!id) throw new Error(`no field labelled "${label}"`);
  await page.locator(`[id="${id}"]`).fill(text);
}

async function progress(): Promise<Record<string, unknown>> {
  return popup.evaluate(async () => ((await browser.storage.local.get('progress')).progress ?? {}) as Record<string, unknown>);
}

async function waitForProgress(accept: (progress: Record<string, any>) => boolean, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!accept(await progress())) {
    if (Date.now() > deadline) throw new Error('progress never reached the expected state');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('in Firefox ESR', () => {
  it('shows the checklist in the popup, the pop-up prerequisite left to the admin', async () => {
    const items = await checklist(popup);
    expect(items.find((item) => item.current)?.title).toBe(en.step_sf_open_app_manager_title.message);
    expect(items.map((item) => item.title)).toContain(en.step_popups_title.message);
    // No contentSettings here: the popup says so instead of judging.
    expect(await popup.$eval('main', (main) => main.innerText)).toContain(en.popup_popups_manual.message);
  });

  it('follows Lightning from App Manager to the External Client App form and fills it', async () => {
    const page = await bench.newPage();
    await page.goto(APP_MANAGER);
    await waitForCard(page, 'Create an External Client App');
    // Lightning draws the form without a page load: the guide must notice the new address.
    await page.locator('lightning-button >>> button::-p-text(New External Client App)').click();
    await waitForCard(page, 'Create the External Client App');
    const report = await runCardAction(page, 'fill');
    expect(report).toContain('click Create');
    await waitForProgress((p) => Boolean(p.forms?.eca?.callbackUrls?.length));
    await page.close();
  });

  it("carries the key and secret into Marketo's own form and guides Marketo's sign-in window", async () => {
    // Pasted in the popup, as an admin who copied them by hand would.
    await fillByLabel(popup, en.popup_credentials_key_label.message, KEY);
    await fillByLabel(popup, en.popup_credentials_secret_label.message, SECRET);
    await popup.locator(`button::-p-text(${en.popup_save.message})`).click();
    await waitForProgress((p) => p.consumerKey === KEY);

    const marketo = await bench.newPage();
    await marketo.goto(SYNC_PAGE);
    await waitForCard(marketo, en.mkto_prereq_title.message);
    await runCardAction(marketo, 'fill');
    const filled = await marketo.evaluate(
      (fields, values) => fields.map((field, i) => (document.querySelector(field) as HTMLInputElement | null)?.value === values[i]),
      [MARKETO_KEY_FIELD, MARKETO_SECRET_FIELD],
      [KEY, SECRET],
    );
    expect(filled).toEqual([true, true]);
    await marketo.locator('table.x-btn:not(.x-item-disabled) button.x-btn-text::-p-text(Save)').click();

    const opened = bench.browser.waitForTarget((target) => target.url().startsWith('https://login.salesforce.com/'), { timeout: 15_000 });
    await marketo.locator('table.x-btn:not(.x-item-disabled) button.x-btn-text::-p-text(Login with Salesforce)').click();
    const window = await (await opened).page();
    if (!window) throw new Error('Marketo opened no Salesforce window');
    await waitForCard(window, 'Sign in as the Marketo sync user');
    // The window opened and loaded: that, not Marketo's silence, is what says pop-ups get through.
    await waitForProgress((p) => p.popups === 'allowed');
    await marketo.close();
  });
});
