// What the Marketo e2e tests share: seeding the extension (credentials, settings, the app that
// Salesforce knows), reading the in-page guide (through test/sandbox/guide-card.mjs), and walking the OAuth
// popup the way the admin does. No key or secret is ever printed: assertions compare in the page.
import type { Browser, Frame, Page } from 'puppeteer';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { launchBench, type Bench, type BenchOptions } from '../sandbox/browser.mjs';
import { clearStorage } from './helpers';
import { seedSalesforceApp } from '../sandbox/oauth-outcomes.mjs';
import * as card from '../sandbox/guide-card.mjs';
import { EXAMPLES } from '../sandbox/routes.mjs';

export const KEY = `3MVG9${'rJ8x_Q.k2Lm'.repeat(8)}`;
export const SECRET = 'A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7E8F90';
export const SYNC_USER = 'marketo.sync@acme.com';

/** Marketo's slow steps (Confirm Credentials, the field sync) shortened for tests. */
export const FAST = 'sandbox-delay-ms=300';
export const SYNC_PAGE = `https://app-ab12.marketo.com/?${FAST}#SF0A1`;

/** The credentials as if pasted in the popup, and the sync user as set in the options. */
export async function seedExtension(bench: Bench, { syncUserName = SYNC_USER, key = KEY, secret = SECRET } = {}): Promise<void> {
  const popup = await bench.openPopup();
  const pasted = await popup.evaluate(
    (key, secret) => chrome.runtime.sendMessage({ kind: 'paste-credentials', key, secret }),
    key,
    secret,
  );
  if (!(pasted as { ok: boolean }).ok) throw new Error('pasting the test credentials was refused');
  await popup.evaluate(async (name) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({
      settings: { version: 1, appName: 'Marketo Sync', contactEmail: '', salesforceOrigin: '', marketoOrigin: '', pkce: false, keepSecret: false, ...(settings as object), syncUserName: name },
    });
  }, syncUserName);
  await popup.close();
}

/** The Salesforce app as saved there: Marketo's callback, PKCE off, installed, unless told. */
/**
 * A browser for one describe block: launched once, and before each test started over with the
 * sync user set and the key and secret held, as an admin arriving at Marketo would have them.
 * Returns how to reach it (it exists only once the block's tests run).
 */
export function seededBench(options?: BenchOptions): () => Bench {
  let bench: Bench | undefined;
  beforeAll(async () => {
    bench = await launchBench(options);
  });
  afterAll(() => bench?.close());
  beforeEach(async () => {
    await clearStorage(bench!);
    await seedExtension(bench!);
  });
  return () => bench!;
}

export function seedApp(app: Partial<Parameters<typeof seedSalesforceApp>[0] & object> = {}): void {
  seedSalesforceApp({ key: KEY, callbackUrl: EXAMPLES.marketoOAuthCallback, ...app });
}

/** Waits until the guide's card shows this title (in whichever frame holds it). */
export function waitForGuideTitle(frame: Page | Frame, title: string, timeout = 15_000): Promise<void> {
  return card.waitForCard(frame, title, { timeout, trim: true });
}

export async function guideText(frame: Page | Frame, part: 'title' | 'body' | 'report'): Promise<string> {
  return (await card.cardPart(frame, part)).trim();
}

/** Clicks one of the card's actions as the admin does (a trusted click). */
export function clickGuideAction(frame: Page | Frame, id: string): Promise<void> {
  return card.clickCard(frame, `[data-guide-action="${id}"]`);
}

/** Waits for the action's report to say something, and returns it. */
export async function guideReport(frame: Page | Frame): Promise<string> {
  await card.waitForCardReport(frame);
  return guideText(frame, 'report');
}

/** Clicks a Marketo ExtJS button by its text. */
export async function clickMarketoButton(frame: Page | Frame, text: string): Promise<void> {
  await frame.locator(`table.x-btn:not(.x-item-disabled) button.x-btn-text::-p-text(${text})`).click();
}

/** Clicks Login with Salesforce and returns the popup Marketo opened (never an older one). */
export async function openSalesforcePopup(browser: Browser, frame: Page | Frame, label = 'Login with Salesforce'): Promise<Page> {
  const before = new Set(browser.targets());
  const target = browser.waitForTarget((t) => !before.has(t) && t.url().startsWith('https://login.salesforce.com/'), { timeout: 10_000 });
  await clickMarketoButton(frame, label);
  const popup = await (await target).page();
  if (!popup) throw new Error('no popup page');
  return popup;
}

/** Signs in and verifies in the popup, up to the approval (or error) page. */
export async function signInAndVerify(popup: Page, user: string): Promise<void> {
  await popup.waitForSelector('#username');
  await popup.type('#username', user);
  await popup.type('#password', 'not-a-real-password');
  await Promise.all([popup.waitForNavigation(), popup.click('#Login')]);
  await popup.waitForSelector('#emc');
  await popup.type('#emc', '123456');
  await Promise.all([popup.waitForNavigation(), popup.click('#save')]);
}

/** The org the held key and secret came from, as a capture in that org's Setup records it. */
export async function seedCredentialOrg(bench: Bench, org: { name: string; sandbox: boolean }): Promise<void> {
  const popup = await bench.openPopup();
  // The background may be writing progress at the same time (its start-up checks): written again
  // until it stays.
  const stayed = await popup.evaluate(async (credentialOrg) => {
    const held = async () => ((await chrome.storage.local.get('progress')).progress as { credentialOrg?: { name: string } } | undefined)?.credentialOrg?.name === credentialOrg.name;
    for (let attempt = 0; attempt < 10; attempt++) {
      const { progress } = await chrome.storage.local.get('progress');
      await chrome.storage.local.set({ progress: { ...(progress as object), credentialOrg } });
      await new Promise((resolve) => setTimeout(resolve, 300));
      if (await held()) return true;
    }
    return false;
  }, org);
  await popup.close();
  if (!stayed) throw new Error('the credentials’ org could not be seeded');
}

/** How many guide overlays the page holds: the OAuth window's guide, Setup's, or none. */
export function guideOverlays(frame: Page | import('puppeteer').Frame): Promise<number> {
  return frame.evaluate(() => document.querySelectorAll('oauth-guide-overlay').length);
}

/** Whether Marketo's Consumer Key and Secret fields hold the held credentials (booleans only). */
export function marketoFieldsHold(page: Page): Promise<[boolean, boolean]> {
  return page.$$eval(
    '.mkt-sfdc-sync input.x-form-field',
    (inputs, key, secret) => [(inputs[0] as HTMLInputElement).value === key, (inputs[1] as HTMLInputElement).value === secret] as [boolean, boolean],
    KEY,
    SECRET,
  );
}

/** In the page's own world: a script plants a "Consumer Secret" field of its own, out of sight. */
export function plantSecretField(page: Page): Promise<void> {
  return page.evaluate(() => {
    document.body.insertAdjacentHTML(
      'afterbegin',
      '<div id="planted" style="position:absolute;left:-9999px"><label for="planted-secret">Consumer Secret:</label><input id="planted-secret" type="password"></div>',
    );
  });
}

/** Whether the planted field is still empty. */
export function plantedFieldEmpty(page: Page): Promise<boolean> {
  return page.$eval('#planted-secret', (input) => (input as HTMLInputElement).value === '');
}
