// Accessibility measured, not assumed: axe-core (WCAG 2.1 AA and best practices) on the popup in
// the states an admin meets (a fresh start, refused credentials, credentials held, the Connected
// App path, a notice), on the options page, and on the guide's cards (App Manager, the External
// Client App form after the fill, Marketo's prerequisites), in English and Swedish. The target is
// no violation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import en from '../../public/_locales/en/messages.json';
import sv from '../../public/_locales/sv/messages.json';
import { launchBench, type Bench } from '../sandbox/browser.mjs';
import { runCardAction, waitForCard } from '../sandbox/guide-card.mjs';
import { axeViolations, cardViolations } from './accessibility';
import { clearStorage, waitForProgress } from './helpers';
import { SYNC_PAGE } from './marketo-helpers';
import { setOptions } from './salesforce-helpers';

// Shaped like real values, made up for the tests.
const KEY = `3MVG9${'rJ8x_Q.k2Lm'.repeat(8)}`;
const SECRET = 'A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7E8F90';

type Messages = typeof en;

async function typeInto(page: Page, label: string, text: string): Promise<void> {
  await page.locator(`::-p-aria(${label}[role="textbox"])`).fill(text);
}

describe.each([
  ['English', 'en', en],
  ['Swedish', 'sv', sv as Messages],
])('in %s', (_language, lang, messages) => {
  let bench: Bench;
  beforeAll(async () => {
    bench = await launchBench({ lang });
    // The install check-up repairs storage; on a fresh profile it has no Marketo host to judge.
    await bench.serviceWorker();
  });
  afterAll(() => bench?.close());

  it('the popup at a fresh start has no violation', async () => {
    await clearStorage(bench);
    const popup = await bench.openPopup();
    await popup.waitForSelector('.checklist li.item');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('the popup with refused credentials, then with credentials held and revealed, has no violation', async () => {
    await clearStorage(bench);
    const popup = await bench.openPopup();
    await typeInto(popup, messages.popup_credentials_key_label.message, 'not a key');
    await typeInto(popup, messages.popup_credentials_secret_label.message, KEY);
    await popup.locator(`button::-p-text(${messages.popup_save.message})`).click();
    await popup.waitForSelector('[aria-invalid="true"]');
    expect(await axeViolations(popup)).toEqual([]);

    await typeInto(popup, messages.popup_credentials_key_label.message, KEY);
    await typeInto(popup, messages.popup_credentials_secret_label.message, SECRET);
    await popup.locator(`button::-p-text(${messages.popup_save.message})`).click();
    await waitForProgress(bench, (progress) => progress.consumerKey !== undefined);
    await popup.locator(`button::-p-text(${messages.popup_reveal.message})`).click();
    await popup.waitForSelector(`button::-p-text(${messages.popup_hide.message})`);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('the popup on the Connected App path, with a notice, has no violation', async () => {
    await clearStorage(bench);
    const worker = await bench.serviceWorker();
    await worker.evaluate(() => chrome.storage.local.set({ progress: 'unreadable', notices: ['switched-to-eca'] }));
    const popup = await bench.openPopup();
    await popup.waitForFunction((notice) => document.body.innerText.includes(notice), {}, messages.notice_progress_reset.message);
    const radio = await popup.waitForFunction(
      (name) => [...document.querySelectorAll('label.radio')].find((label) => label.querySelector('.radio__label')?.textContent === name)?.querySelector('input'),
      {},
      messages.path_connected_app.message,
    );
    await (radio.asElement() as import('puppeteer').ElementHandle<HTMLInputElement>).click();
    await waitForProgress(bench, (progress) => progress.path === 'connected-app');
    await popup.waitForFunction((title) => document.body.innerText.includes(title), {}, messages.step_ca_new_title.message);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it("the guide's cards on App Manager, on the External Client App form after the fill, and on Marketo have no violation", async () => {
    await clearStorage(bench);
    await setOptions(bench);
    const page = await bench.newPage();
    await page.goto('https://acme.lightning.force.com/lightning/setup/NavigationMenus/home');
    await waitForCard(page, messages.sf_app_manager_eca_title.message);
    expect(await cardViolations(page)).toEqual([]);

    await page.goto('https://acme.lightning.force.com/lightning/setup/ManageExternalClientApplication/create');
    await waitForCard(page, messages.sf_eca_form_title.message);
    await runCardAction(page, 'fill');
    expect(await cardViolations(page)).toEqual([]);

    await page.goto(SYNC_PAGE);
    await waitForCard(page, messages.mkto_prereq_title.message);
    expect(await cardViolations(page)).toEqual([]);
    await page.close();
  });

  it('the options page, also with a refused address, has no violation', async () => {
    const options = await bench.newPage();
    await options.goto(`chrome-extension://${bench.extensionId}/options.html`);
    await options.waitForSelector('form');
    expect(await axeViolations(options)).toEqual([]);
    await typeInto(options, messages.options_salesforce_label.message, 'acme.my.salesforce.com.evil.test');
    await options.locator(`button::-p-text(${messages.options_save.message})`).click();
    await options.waitForSelector('[aria-invalid="true"]');
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });
});
