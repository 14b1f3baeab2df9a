// The browser closed and opened again mid-journey: progress stays, the secret (held in memory
// only) is gone and the popup says where Salesforce shows it again; a secret kept encrypted comes
// back with the admin's passphrase.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import en from '../../public/_locales/en/messages.json';
import { launchBench, type Bench } from '../sandbox/browser.mjs';
import { storedState, tickItem, waitForProgress } from './helpers';

// Shaped like real values, made up for the tests.
const KEY = `3MVG9${'rJ8x_Q.k2Lm'.repeat(8)}`;
const SECRET = 'A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7E8F90';
const PASSPHRASE = 'correct horse battery staple';

async function pasteCredentials(bench: Bench): Promise<void> {
  const popup = await bench.openPopup();
  await popup.locator(`::-p-aria(${en.popup_credentials_key_label.message}[role="textbox"])`).fill(KEY);
  await popup.locator(`::-p-aria(${en.popup_credentials_secret_label.message}[role="textbox"])`).fill(SECRET);
  await popup.locator(`button::-p-text(${en.popup_save.message})`).click();
  await waitForProgress(bench, (progress) => progress.consumerKey === KEY);
  await popup.close();
}

const bodyText = (page: Page) => page.evaluate(() => document.body.innerText);

describe('a browser restart', () => {
  let bench: Bench | undefined;
  afterEach(async () => {
    await bench?.close();
    bench = undefined;
  });

  it('keeps progress, forgets the secret, and the popup says where to get it again', async () => {
    bench = await launchBench();
    await pasteCredentials(bench);
    const popup = await bench.openPopup();
    await tickItem(popup, en.step_api_access_title.message);
    await waitForProgress(bench, (progress) => progress.ticks['api-access'] === true);
    await popup.close();
    expect((await storedState(bench)).hasSecret).toBe(true);

    await bench.restart();

    const state = await storedState(bench);
    expect(state.hasSecret).toBe(false);
    expect(state.progress?.consumerKey === KEY).toBe(true);
    expect(state.progress?.ticks['api-access']).toBe(true);
    const after = await bench.openPopup();
    await after.waitForFunction((heading) => document.body.innerText.includes(heading), {}, en.popup_secret_gone_heading.message);
    expect(await bodyText(after)).toContain(en.popup_secret_gone_eca.message);
    expect((await bodyText(after)).includes(SECRET)).toBe(false);
  });

  it('brings a secret kept encrypted back with the passphrase, and only with it', async () => {
    bench = await launchBench();
    const options = await bench.newPage();
    await options.goto(`chrome-extension://${bench.extensionId}/options.html`);
    await options.locator(`::-p-aria(${en.options_keep_label.message})`).click();
    await options.locator(`::-p-aria(${en.options_passphrase_label.message}[role="textbox"])`).fill(PASSPHRASE);
    await options.locator(`::-p-aria(${en.options_passphrase_confirm_label.message}[role="textbox"])`).fill(PASSPHRASE);
    await options.locator(`button::-p-text(${en.options_save.message})`).click();
    await options.waitForFunction((saved) => document.body.innerText.includes(saved), {}, en.options_saved.message);
    await pasteCredentials(bench);
    // The encrypted copy is written next to the progress, never the secret in the clear.
    const kept = await (await bench.serviceWorker()).evaluate(async (secret) => {
      const local = JSON.stringify(await chrome.storage.local.get(null));
      return { hasCopy: local.includes('"keptSecret"'), clear: local.includes(secret) };
    }, SECRET);
    expect(kept).toEqual({ hasCopy: true, clear: false });

    await bench.restart();

    expect((await storedState(bench)).hasSecret).toBe(false);
    const popup = await bench.openPopup();
    await popup.waitForFunction((intro) => document.body.innerText.includes(intro), {}, en.popup_unlock_intro.message);
    const passphrase = popup.locator(`::-p-aria(${en.popup_passphrase_label.message}[role="textbox"])`);
    await passphrase.fill('not the passphrase');
    await popup.locator(`button::-p-text(${en.popup_unlock.message})`).click();
    await popup.waitForFunction((wrong) => document.body.innerText.includes(wrong), {}, en.popup_unlock_wrong.message);
    expect((await storedState(bench)).hasSecret).toBe(false);

    await passphrase.fill(PASSPHRASE);
    await popup.locator(`button::-p-text(${en.popup_unlock.message})`).click();
    await popup.waitForFunction((heading) => !document.body.innerText.includes(heading), {}, en.popup_secret_gone_heading.message);
    const held = await (await bench.serviceWorker()).evaluate(async (secret) => (await chrome.storage.session.get('secret')).secret === secret, SECRET);
    expect(held).toBe(true);
  });
});
