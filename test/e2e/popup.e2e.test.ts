// The popup and the options page as the admin uses them: unreadable storage is reset with a
// notice, pasted credentials are checked field by field, the options' My Domain makes the
// current step's button open Setup, the path can be switched, and reset works from the keyboard.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import en from '../../public/_locales/en/messages.json';
import { launchBench, type Bench } from '../sandbox/browser.mjs';
import { checklistItems, clearStorage, screenshot, storedState, waitForProgress } from './helpers';

// Shaped like real values, made up for the tests.
const KEY = `3MVG9${'rJ8x_Q.k2Lm'.repeat(8)}`;
const SECRET = 'A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7E8F90';

let bench: Bench;
beforeAll(async () => {
  bench = await launchBench();
  // The install check-up repairs storage and judges pop-ups; on a fresh profile there is no
  // Marketo host to judge, so it writes no progress that could overwrite a test's damage.
  await bench.serviceWorker();
});
afterAll(() => bench?.close());
beforeEach(() => clearStorage(bench));

async function typeInto(page: Page, label: string, text: string): Promise<void> {
  const field = page.locator(`::-p-aria(${label}[role="textbox"])`);
  await field.fill(text);
}

const text = (page: Page) => page.$eval('main', (main) => main.innerText);

describe('the popup', () => {
  it('resets unreadable storage to a clean start and says so', async () => {
    const worker = await bench.serviceWorker();
    await worker.evaluate(() => chrome.storage.local.set({ progress: { version: 1, path: 'sideways' }, settings: 'garbage' }));
    const popup = await bench.openPopup();
    await popup.waitForFunction((notice) => document.body.innerText.includes(notice), {}, en.notice_progress_reset.message);
    expect(await text(popup)).toContain(en.notice_settings_reset.message);
    expect((await checklistItems(popup)).find((item) => item.current)?.title).toBe(en.step_sf_open_app_manager_title.message);
    expect((await storedState(bench)).progress?.path).toBe('eca');

    await popup.locator(`button::-p-text(${en.popup_dismiss.message})`).click();
    await popup.waitForFunction((notice) => !document.body.innerText.includes(notice), {}, en.notice_progress_reset.message);
    await popup.close();
  });

  it('checks pasted credentials field by field, then shows the key shortened and the secret masked', async () => {
    const popup = await bench.openPopup();
    await typeInto(popup, en.popup_credentials_key_label.message, `${KEY.slice(0, 40)} ${KEY.slice(40)}`);
    await typeInto(popup, en.popup_credentials_secret_label.message, KEY);
    await popup.locator(`button::-p-text(${en.popup_save.message})`).click();
    await popup.waitForFunction((message) => document.body.innerText.includes(message), {}, en.credentials_secret_is_a_key.message);
    expect(await popup.$$eval('[aria-invalid="true"]', (fields) => fields.length)).toBe(2);
    expect(await storedState(bench)).toMatchObject({ hasSecret: false });
    expect((await storedState(bench)).progress?.consumerKey === undefined).toBe(true);
    await screenshot(popup, 'popup-credentials-errors');

    await typeInto(popup, en.popup_credentials_key_label.message, ` ${KEY}\n`);
    await typeInto(popup, en.popup_credentials_secret_label.message, SECRET);
    await popup.locator(`button::-p-text(${en.popup_save.message})`).click();
    await waitForProgress(bench, (p) => p.consumerKey === KEY);
    expect((await storedState(bench)).hasSecret).toBe(true);
    await popup.waitForFunction((key) => document.body.innerText.includes(key), {}, `${KEY.slice(0, 8)}…${KEY.slice(-4)}`);
    const shown = await text(popup);
    expect(shown.includes(KEY)).toBe(false);
    expect(shown.includes(SECRET)).toBe(false);
    expect((await checklistItems(popup)).find((item) => item.title === en.step_app_credentials_title.message)?.status).toBe(en.popup_status_done.message);

    await popup.locator(`button::-p-text(${en.popup_reveal.message})`).click();
    await popup.waitForFunction((secret) => document.body.innerText.includes(secret), {}, SECRET);
    await popup.locator(`button::-p-text(${en.popup_hide.message})`).click();
    await popup.waitForFunction((secret) => !document.body.innerText.includes(secret), {}, SECRET);
    await popup.close();
  });

  it('switches the path when the admin chooses the Connected App', async () => {
    const popup = await bench.openPopup();
    const radio = await popup.waitForFunction(
      (name) => [...document.querySelectorAll('label.radio')].find((label) => label.querySelector('.radio__label')?.textContent === name)?.querySelector('input'),
      {},
      en.path_connected_app.message,
    );
    await (radio.asElement() as import('puppeteer').ElementHandle<HTMLInputElement>).click();
    await waitForProgress(bench, (p) => p.path === 'connected-app' && p.pathSource === 'admin');
    await popup.waitForFunction((title) => document.body.innerText.includes(title), {}, en.step_ca_new_title.message);
    expect((await checklistItems(popup)).map((item) => item.title)).not.toContain(en.step_eca_new_title.message);
    await popup.close();
  });

  it('starts over from the keyboard, after a confirmation', async () => {
    const worker = await bench.serviceWorker();
    await worker.evaluate(() => chrome.storage.local.set({
      progress: { version: 1, path: 'eca', pathSource: 'observed', seen: { 'sf-app-manager': 1, 'eca-form': 2 }, forms: {}, appSettings: {}, popups: 'unknown', oauthFeature: 'unknown', ticks: { 'api-access': true }, connectedAppsDisabled: false, hosts: { salesforce: 'https://acme.lightning.force.com' } },
    }));
    const popup = await bench.openPopup();
    await popup.waitForSelector('.checklist li.item');
    const reset = await popup.waitForSelector(`button::-p-text(${en.popup_reset.message})`);
    await reset!.focus();
    await popup.keyboard.press('Enter');
    await popup.waitForFunction((question) => document.body.innerText.includes(question), {}, en.popup_reset_question.message);
    // Focus is on the safe choice as soon as the question shows; the admin tabs to the confirmation.
    expect(await popup.evaluate(() => document.activeElement?.textContent?.trim())).toBe(en.popup_cancel.message);
    for (let presses = 0; presses < 3; presses += 1) {
      if ((await popup.evaluate(() => document.activeElement?.textContent?.trim())) === en.popup_reset_yes.message) break;
      await popup.keyboard.down('Shift');
      await popup.keyboard.press('Tab');
      await popup.keyboard.up('Shift');
    }
    expect(await popup.evaluate(() => document.activeElement?.textContent?.trim())).toBe(en.popup_reset_yes.message);
    await popup.keyboard.press('Enter');
    const progress = await waitForProgress(bench, (p) => Object.keys(p.seen).length === 0);
    expect(progress.ticks).toEqual({});
    // Starting over is for another org and Marketo instance: nothing of the last pair is kept.
    expect(progress.hosts).toEqual({});
    await popup.waitForFunction(
      (unknown) => document.querySelector('[data-journey-pair]')?.textContent?.trim() === unknown,
      {},
      en.popup_pair.message.replace('$ORG$', en.popup_pair_unknown.message).replace('$MARKETO$', en.popup_pair_unknown.message),
    );
    await popup.close();
  });
});

describe('the options page', () => {
  it('takes the My Domain, and the current step then opens Setup there', async () => {
    const options = await bench.newPage();
    await options.goto(`chrome-extension://${bench.extensionId}/options.html`);
    await typeInto(options, en.options_salesforce_label.message, 'acme--uat.sandbox.my.salesforce-setup.com');
    await options.locator(`button::-p-text(${en.options_save.message})`).click();
    await options.waitForFunction((saved) => document.body.innerText.includes(saved), {}, en.options_saved.message);

    const popup = await bench.openPopup();
    const opened = bench.browser.waitForTarget((target) => target.url().includes('/lightning/setup/NavigationMenus/home'));
    await popup.locator(`button::-p-text(${en.popup_open_salesforce.message})`).click();
    expect((await opened).url()).toBe('https://acme--uat.sandbox.my.salesforce-setup.com/lightning/setup/NavigationMenus/home');
    await popup.close();
    await options.close();
  });

  it('refuses an address that is not Salesforce and keeps what was typed', async () => {
    const options = await bench.newPage();
    await options.goto(`chrome-extension://${bench.extensionId}/options.html`);
    await typeInto(options, en.options_salesforce_label.message, 'acme.my.salesforce.com.evil.test');
    await options.locator(`button::-p-text(${en.options_save.message})`).click();
    await options.waitForFunction((message) => document.body.innerText.includes(message), {}, en.options_salesforce_invalid.message);
    expect(await options.$eval('[aria-invalid="true"]', (field) => (field as HTMLInputElement).value)).toBe('acme.my.salesforce.com.evil.test');
    const worker = await bench.serviceWorker();
    const stored = await worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as { salesforceOrigin?: string } | undefined);
    expect(stored?.salesforceOrigin ?? '').toBe('');
    await options.close();
  });
});
