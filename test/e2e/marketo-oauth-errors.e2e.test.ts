// What goes wrong between Login with Salesforce and Allow, in Chromium with popup blocking on:
// a blocked Salesforce window and its fix, each OAuth error page Salesforce shows (the error table
// of docs/oauth-window.md), and the wrong user on the approval page. Errors Salesforce sends back
// to Marketo's callback, and the window on My Domain, are in oauth-window.e2e.test.ts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { collectConsole, launchBench, type Bench } from '../sandbox/browser.mjs';
import { seedSalesforceApp } from '../sandbox/oauth-outcomes.mjs';
import { seedApp as seedSavedApp, updateApp } from '../sandbox/salesforce-state.mjs';
import { screenshot, waitForProgress } from './helpers';
import {
  SYNC_PAGE,
  SYNC_USER,
  clickGuideAction,
  clickMarketoButton,
  guideText,
  openSalesforcePopup,
  seedApp,
  seedExtension,
  signInAndVerify,
  waitForGuideTitle,
} from './marketo-helpers';

describe('Marketo: when the OAuth sign-in goes wrong', () => {
  // A browser of its own for each test: a page of the last test may still report into the
  // background after it closed, which no clearing of storage can order.
  let bench: Bench;
  beforeEach(async () => {
    bench = await launchBench({ popupBlocking: true });
    await seedExtension(bench);
  });
  afterEach(async () => {
    seedSalesforceApp(null);
    await bench?.close();
  });

  /** The Sync with Salesforce page with the key and secret saved by the admin. */
  async function savedSyncPage(): Promise<Page> {
    const page = await bench.newPage();
    await page.goto(SYNC_PAGE);
    await waitForGuideTitle(page, 'Before you connect');
    await clickGuideAction(page, 'fill');
    await page.waitForFunction(() => Boolean((document.querySelector('.mkt-sfdc-sync input[type=password]') as HTMLInputElement | null)?.value));
    await clickMarketoButton(page, 'Save');
    await waitForGuideTitle(page, 'Click Login with Salesforce');
    return page;
  }

  it('notices a blocked Salesforce window, offers the fix, and retries', async () => {
    seedApp();
    const page = await savedSyncPage();
    const console = collectConsole(page);
    // Chrome's own setting allows Marketo, so that "blocked" below can only come from the page.
    const checklist = await bench.openPopup();
    await checklist.evaluate(() => chrome.runtime.sendMessage({ kind: 'allow-popups' }));
    await waitForProgress(bench, (p) => p.popups === 'allowed');
    await checklist.close();
    await page.bringToFront();
    // A blocker extension replaces window.open in the page; Marketo then says its window was blocked.
    await page.evaluate(() => {
      (window as any).realOpen = window.open;
      window.open = () => null;
    });
    await clickMarketoButton(page, 'Login with Salesforce');
    await waitForGuideTitle(page, 'The Salesforce window was blocked');
    await waitForProgress(bench, (p) => p.popups === 'blocked');
    expect(await guideText(page, 'body')).toContain('a blocker extension may need Marketo allowed too');

    // The admin allows Marketo in the blocker, then retries from the guide.
    await page.evaluate(() => (window.open = (window as any).realOpen));
    const before = new Set(bench.browser.targets());
    const popupTarget = bench.browser.waitForTarget((t) => !before.has(t) && t.url().startsWith('https://login.salesforce.com/'));
    await clickGuideAction(page, 'retry-login');
    const popup = (await (await popupTarget).page())!;
    await waitForGuideTitle(popup, 'Sign in as the Marketo sync user');
    await waitForProgress(bench, (p) => p.popups === 'allowed' && p.seen['mkto-popup-opened'] !== undefined);
    await popup.close();
    expect(console.errors()).toEqual([]);
    await page.close();
  });

  it.each([
    ['redirect_uri_mismatch', { callbackUrl: 'https://app.marketo.com/salesforce/getSfdcOAuthTokens' }, 'before', 'The callback URL on the Salesforce app differs'],
    ['invalid_client_id', { key: `3MVG9${'x'.repeat(80)}` }, 'before', 'Salesforce does not know this consumer key'],
    ['invalid_client', { installed: false }, 'after-verify', 'Salesforce refuses Connected Apps that are not installed'],
    ['invalid_grant', { pkce: true }, 'after-allow', 'most often because PKCE is required'],
  ] as const)('explains %s in the popup and on the Marketo page', async (code, app, when, cause) => {
    seedApp(app);
    const page = await savedSyncPage();
    const console = collectConsole(page);
    const popup = await openSalesforcePopup(bench.browser, page);
    const popupConsole = collectConsole(popup);
    if (when !== 'before') await signInAndVerify(popup, SYNC_USER);
    if (when === 'after-allow') {
      await waitForGuideTitle(popup, 'Click Allow');
      await Promise.all([popup.waitForNavigation(), popup.click('#oaapprove')]);
    }
    expect(new URL(popup.url()).pathname).toBe('/setup/secur/RemoteAccessErrorPage.apexp');
    await waitForGuideTitle(popup, `Salesforce error: ${code}`);
    expect(await guideText(popup, 'body')).toContain(cause);
    if (code === 'redirect_uri_mismatch') await screenshot(popup, 'oauth-popup-error');

    const progress = await waitForProgress(bench, (p) => p.oauthError === code);
    expect(progress.seen['sf-allowed']).toBeUndefined();
    await waitForGuideTitle(page, 'Salesforce refused the sign-in');
    expect(await guideText(page, 'body')).toContain(code);
    expect(popupConsole.errors()).toEqual([]);
    expect(console.errors()).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('ends in redirect_uri_mismatch when the app saved in Salesforce has another callback URL', async () => {
    // No seed: Salesforce decides from the app its replicas saved in this sandbox.
    seedSalesforceApp(null);
    const app = seedSavedApp(bench.sandbox, 'acme', { kind: 'eca', callbackUrl: 'https://app.marketo.com/salesforce/getSfdcOAuthTokens' });
    await seedExtension(bench, { key: app.consumerKey, secret: app.consumerSecret });
    const page = await savedSyncPage();
    const popup = await openSalesforcePopup(bench.browser, page);
    await waitForGuideTitle(popup, 'Salesforce error: redirect_uri_mismatch');
    await waitForProgress(bench, (p) => p.oauthError === 'redirect_uri_mismatch');

    // Corrected in Salesforce, the same key signs in.
    updateApp(bench.sandbox, app.id, { callbackUrl: 'https://app.marketo.com/salesforce/getSfdcOAuthTokensRedirect' });
    await popup.close();
    const retry = await openSalesforcePopup(bench.browser, page);
    await waitForGuideTitle(retry, 'Sign in as the Marketo sync user');
    await retry.close();
    await page.close();
  });

  it('warns when the approval page names someone other than the sync user', async () => {
    seedApp();
    const page = await savedSyncPage();
    const popup = await openSalesforcePopup(bench.browser, page);
    const popupConsole = collectConsole(popup);
    await signInAndVerify(popup, 'alex.admin@acme.com');
    await waitForGuideTitle(popup, 'This is not the sync user');
    expect(await guideText(popup, 'body')).toContain(`Salesforce would authorise alex.admin@acme.com, but the sync user is ${SYNC_USER}.`);
    await screenshot(popup, 'oauth-popup-wrong-user');
    const progress = await waitForProgress(bench, (p) => p.approvalUser === 'alex.admin@acme.com');
    expect(progress.seen['sf-verified']).toBeTypeOf('number');
    expect(popupConsole.errors()).toEqual([]);
    await popup.close();
    await page.close();
  });
});
