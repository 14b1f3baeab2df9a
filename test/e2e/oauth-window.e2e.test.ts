// Marketo's OAuth window as real orgs serve it (docs/oauth-window.md), in English and Swedish:
// sign-in on the login host, then identity verification, Allow and errors on the org's My Domain
// (production and an enhanced-domain sandbox); an org that refuses the login host; a user who never
// sees Allow; errors that come back to Marketo's callback; Salesforce's error pages; another org
// than the app's; and the windows the guide must leave alone.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { collectConsole, launchBench, stopServiceWorker, type Bench } from '../sandbox/browser.mjs';
import { seedSalesforceApp } from '../sandbox/oauth-outcomes.mjs';
import { checklistItems, waitForProgress } from './helpers';
import {
  KEY,
  SYNC_PAGE,
  clickGuideAction,
  clickMarketoButton,
  guideOverlays,
  guideText,
  openSalesforcePopup,
  seedApp,
  seedCredentialOrg,
  seedExtension,
  signInAndVerify,
  waitForGuideTitle,
} from './marketo-helpers';

const PRODUCTION_USER = 'marketo.sync@acme.com';
const SANDBOX_USER = 'marketo.sync@acme.com.uat';
const SANDBOX = { name: 'acme--uat', sandbox: true };
const PRODUCTION = { name: 'acme', sandbox: false };

/** What the admin reads, per language. */
const WORDS = {
  en: {
    prerequisites: 'Before you connect',
    login: 'Click Login with Salesforce',
    signIn: 'Sign in as the Marketo sync user',
    verify: 'Verify the sign-in',
    allow: 'Click Allow',
    confirm: 'Wait for Confirm Credentials',
    refused: 'Salesforce refused the sign-in',
    wrongOrg: 'Not the org where the app was made',
    errorTitle: (code: string) => `Salesforce error: ${code}`,
    authorises: (user: string) => `This authorises ${user} for Marketo.`,
    inProduction: 'In the production org acme: Marketo will sync with this org.',
    inSandbox: 'In the sandbox acme--uat: Marketo will sync with this org.',
    signsInTo: 'This window signs in to the production org acme.',
    customDomain: 'Click Use Custom Domain and enter acme.',
    sentBack: (code: string) => `Salesforce sent back ${code}.`,
    denied: 'Deny was clicked in the Salesforce window',
    deniedFix: 'sign in as the sync user and click Allow',
    blocked: 'The app is blocked',
    notApproved: 'The sync user is not admin approved for this app',
    notInstalled: 'Salesforce refuses Connected Apps that are not installed in the org',
    installFix: 'Setup > Connected Apps OAuth Usage, find the app, click Install',
    notFound: 'The app is not in the org this window signed in to',
    otherOrg: 'This window is signed in to the production org acme, but the consumer key comes from the sandbox acme--uat. Do not click Allow',
    pair: 'For the sandbox acme--uat and Marketo app-ab12.marketo.com',
    done: 'Done',
    current: 'Current step',
    allowStep: 'Check the user, then click Allow',
    confirmStep: 'Click Confirm Credentials',
  },
  sv: {
    prerequisites: 'Innan du ansluter',
    login: 'Klicka på Login with Salesforce',
    signIn: 'Logga in som Marketos synkanvändare',
    verify: 'Verifiera inloggningen',
    allow: 'Klicka på Allow',
    confirm: 'Vänta på Confirm Credentials',
    refused: 'Salesforce avvisade inloggningen',
    wrongOrg: 'Inte organisationen där appen skapades',
    errorTitle: (code: string) => `Fel från Salesforce: ${code}`,
    authorises: (user: string) => `Detta auktoriserar ${user} för Marketo.`,
    inProduction: 'I produktionsorganisationen acme: Marketo kommer att synka med den här organisationen.',
    inSandbox: 'I sandlådan acme--uat: Marketo kommer att synka med den här organisationen.',
    signsInTo: 'Det här fönstret loggar in i produktionsorganisationen acme.',
    customDomain: 'Klicka på Use Custom Domain och ange acme.',
    sentBack: (code: string) => `Salesforce skickade tillbaka ${code}.`,
    denied: 'Någon klickade på Neka i Salesforce-fönstret',
    deniedFix: 'logga in som synkanvändaren och klicka på Tillåt',
    blocked: 'Appen är blockerad',
    notApproved: 'Synkanvändaren är inte godkänd av administratören för appen',
    notInstalled: 'vägrar Salesforce anslutna appar som inte är installerade i organisationen',
    installFix: 'Setup > Connected Apps OAuth Usage, leta upp appen och klicka på Install',
    notFound: 'Appen finns inte i organisationen som fönstret loggade in i',
    otherOrg: 'Det här fönstret är inloggat i produktionsorganisationen acme, men konsumentnyckeln kommer från sandlådan acme--uat. Klicka inte på Tillåt',
    pair: 'För sandlådan acme--uat och Marketo app-ab12.marketo.com',
    done: 'Klart',
    current: 'Aktuellt steg',
    allowStep: 'Kontrollera användaren och klicka på Tillåt',
    confirmStep: 'Klicka på Confirm Credentials',
  },
} as const;

describe.each(['en', 'sv'] as const)('Marketo’s OAuth window (%s)', (lang) => {
  const say = WORDS[lang];
  // A browser of its own for each test: a page of the last test may still report into the
  // background after it closed, which no clearing of storage can order.
  let bench: Bench;
  beforeEach(async () => {
    bench = await launchBench({ lang });
  });
  afterEach(async () => {
    seedSalesforceApp(null);
    await bench?.close();
  });

  /** The extension holds the key (from `org`'s Setup when given) and knows the sync user. */
  async function prepare(syncUserName: string, org?: { name: string; sandbox: boolean }): Promise<void> {
    await seedExtension(bench, { syncUserName });
    if (org) await seedCredentialOrg(bench, org);
  }

  /** Sync with Salesforce with the key and secret filled and saved, then Marketo's window. */
  async function openWindow(): Promise<{ page: Page; popup: Page }> {
    const page = await bench.newPage();
    await page.goto(SYNC_PAGE);
    await waitForGuideTitle(page, say.prerequisites);
    await clickGuideAction(page, 'fill');
    await page.waitForFunction(() => Boolean((document.querySelector('.mkt-sfdc-sync input[type=password]') as HTMLInputElement | null)?.value));
    await clickMarketoButton(page, 'Save');
    await waitForGuideTitle(page, say.login);
    const popup = await openSalesforcePopup(bench.browser, page);
    await waitForGuideTitle(popup, say.signIn);
    return { page, popup };
  }

  /** Signs in on the login host; verification follows on the org's My Domain, guided by the window's guide only. */
  async function signIn(popup: Page, user: string, myDomain: string): Promise<void> {
    await popup.type('#username', user);
    await popup.type('#password', 'not-a-real-password');
    await Promise.all([popup.waitForNavigation(), popup.click('#Login')]);
    expect(new URL(popup.url()).hostname).toBe(myDomain);
    await waitForGuideTitle(popup, say.verify);
    // Setup's guide (about the consumer key and secret) stays out of Marketo's window.
    expect(await guideOverlays(popup)).toBe(1);
    await popup.type('#emc', '123456');
    await Promise.all([popup.waitForNavigation(), popup.click('#save')]);
  }

  it('guides the whole window on a production My Domain: sign-in, verification, Allow naming user and org', async () => {
    seedApp({ org: 'acme', kind: 'eca' });
    await prepare(PRODUCTION_USER, PRODUCTION);
    const { page, popup } = await openWindow();
    const popupConsole = collectConsole(popup);
    await signIn(popup, PRODUCTION_USER, 'acme.my.salesforce.com');
    await waitForGuideTitle(popup, say.allow);
    const body = await guideText(popup, 'body');
    expect(body).toContain(say.authorises(PRODUCTION_USER));
    expect(body).toContain(say.inProduction);
    const progress = await waitForProgress(bench, (p) => p.windowOrg !== undefined && p.approvalUser === PRODUCTION_USER);
    expect(progress.windowOrg).toEqual(PRODUCTION);
    // The window is not Setup: the journey's Setup address is not learned from it.
    expect(progress.hosts.salesforce).toBeUndefined();
    await popup.click('#oaapprove');
    await waitForProgress(bench, (p) => p.seen['sf-allowed'] !== undefined);
    await waitForGuideTitle(page, say.confirm);
    expect(popupConsole.errors()).toEqual([]);
  });

  it('guides the whole window on an enhanced-domain sandbox My Domain, past a stopped service worker, and the popup names the pair', async () => {
    seedApp({ org: 'acme--uat', kind: 'eca' });
    await prepare(SANDBOX_USER, SANDBOX);
    const { page, popup } = await openWindow();
    // The window is known from storage.session when the stopped worker wakes for the next page.
    expect(await stopServiceWorker(bench)).toBe(true);
    await signIn(popup, SANDBOX_USER, 'acme--uat.sandbox.my.salesforce.com');
    await waitForGuideTitle(popup, say.allow);
    expect(await guideText(popup, 'body')).toContain(say.inSandbox);
    await popup.click('#oaapprove');
    await waitForGuideTitle(page, say.confirm);
    const checklist = await bench.openPopup();
    expect(await checklist.$eval('[data-journey-pair]', (element) => element.textContent?.trim())).toBe(say.pair);
  });

  it('leads through Use Custom Domain when the org refuses the login host', async () => {
    seedApp({ org: 'acme', preventLoginHost: true });
    await prepare(PRODUCTION_USER, PRODUCTION);
    const { popup } = await openWindow();
    expect(await guideText(popup, 'body')).toContain(say.customDomain);
    await popup.type('#username', PRODUCTION_USER);
    await popup.type('#password', 'not-a-real-password');
    await Promise.all([popup.waitForNavigation(), popup.click('#Login')]);
    // Refused: still the login host, and the card still says where to go instead.
    expect(new URL(popup.url()).hostname).toBe('login.salesforce.com');
    await waitForGuideTitle(popup, say.signIn);
    expect(await guideText(popup, 'body')).toContain(say.customDomain);
    await Promise.all([popup.waitForNavigation(), popup.click('#mydomainLink')]);
    await popup.type('#mydomain', 'acme');
    await Promise.all([popup.waitForNavigation(), popup.click('#mydomainContinue')]);
    expect(new URL(popup.url()).hostname).toBe('acme.my.salesforce.com');
    await waitForGuideTitle(popup, say.signIn);
    expect(await guideText(popup, 'body')).toContain(say.signsInTo);
    await signInAndVerify(popup, PRODUCTION_USER);
    await waitForGuideTitle(popup, say.allow);
    expect(await guideText(popup, 'body')).toContain(say.inProduction);
  });

  it('goes on without the Allow page a pre-authorised user never sees', async () => {
    seedApp({ org: 'acme', preAuthorized: true });
    await prepare(PRODUCTION_USER, PRODUCTION);
    const { page, popup } = await openWindow();
    await signIn(popup, PRODUCTION_USER, 'acme.my.salesforce.com');
    // Salesforce sends the window straight back to Marketo; Marketo's next step is the evidence.
    await waitForGuideTitle(page, say.confirm);
    const progress = await waitForProgress(bench, (p) => p.seen['sf-allowed'] !== undefined);
    expect(progress.approvalUser).toBeUndefined();
    await page.waitForFunction(() => [...document.querySelectorAll('button.x-btn-text')].some((b) => b.textContent === 'Confirm Credentials'), { polling: 100 });
    const checklist = await bench.openPopup();
    const items = await checklistItems(checklist);
    expect(items.find((item) => item.title === say.allowStep)?.status).toBe(say.done);
    expect(items.find((item) => item.current)?.title).toBe(say.confirmStep);
  });

  it.each([
    ['access_denied', {}, 'deny', 'denied', 'deniedFix'],
    ['OAUTH_APP_BLOCKED', { blocked: true }, 'verify', 'blocked', 'blocked'],
    ['invalid_app_access', { adminApprovedOnly: true }, 'verify', 'notApproved', 'notApproved'],
  ] as const)('explains %s, sent back to Marketo, on Marketo’s card', async (code, app, until, cause, fix) => {
    seedApp({ org: 'acme', ...app });
    await prepare(PRODUCTION_USER);
    const { page, popup } = await openWindow();
    const console = collectConsole(page);
    await signIn(popup, PRODUCTION_USER, 'acme.my.salesforce.com');
    if (until === 'deny') {
      await waitForGuideTitle(popup, say.allow);
      await Promise.all([popup.waitForNavigation(), popup.click('#oadeny')]);
    }
    const back = new URL(popup.url());
    expect(`${back.origin}${back.pathname}`).toBe('https://app.marketo.com/salesforce/getSfdcOAuthTokensRedirect');
    expect(back.searchParams.get('error')).toBe(code);
    await waitForProgress(bench, (p) => p.oauthError === code);
    await waitForGuideTitle(page, say.refused);
    const body = await guideText(page, 'body');
    expect(body).toContain(say.sentBack(code));
    expect(body).toContain(say[cause]);
    expect(body).toContain(say[fix]);
    expect(console.errors()).toEqual([]);
  });

  it.each([
    ['invalid_client', { installed: false }, ['notInstalled', 'installFix']],
    ['OAUTH_EC_APP_NOT_FOUND', { kind: 'eca', org: 'globex' }, ['notFound']],
  ] as const)('explains Salesforce’s error page %s on My Domain', async (code, app, lines) => {
    seedApp(app);
    await prepare(PRODUCTION_USER);
    const { page, popup } = await openWindow();
    await signIn(popup, PRODUCTION_USER, 'acme.my.salesforce.com');
    expect(popup.url()).toContain('https://acme.my.salesforce.com/setup/secur/RemoteAccessErrorPage.apexp');
    await waitForGuideTitle(popup, say.errorTitle(code));
    const body = await guideText(popup, 'body');
    for (const line of lines) expect(body).toContain(say[line]);
    await waitForGuideTitle(page, say.refused);
  });

  it('warns before Allow when a sandbox app’s key signs in to production', async () => {
    // A Connected App's key is known beyond its org: Salesforce would let this through.
    seedApp({ org: 'acme--uat', kind: 'connected-app' });
    await prepare(PRODUCTION_USER, SANDBOX);
    const { popup } = await openWindow();
    await signIn(popup, PRODUCTION_USER, 'acme.my.salesforce.com');
    await waitForGuideTitle(popup, say.wrongOrg);
    expect(await guideText(popup, 'body')).toContain(say.otherOrg);
    const progress = await waitForProgress(bench, (p) => p.windowOrg !== undefined);
    expect(progress.windowOrg).toEqual(PRODUCTION);
  });

  it('leaves alone a Salesforce sign-in the admin opened by hand, even with Marketo’s callback', async () => {
    seedApp();
    await prepare(PRODUCTION_USER);
    const page = await bench.newPage();
    const url = new URL('https://login.salesforce.com/services/oauth2/authorize');
    url.search = new URLSearchParams({ response_type: 'code', client_id: KEY, redirect_uri: 'https://app.marketo.com/salesforce/getSfdcOAuthTokensRedirect' }).toString();
    await page.goto(url.href);
    await page.waitForSelector('#username');
    // Marketo's own window, opened after it, gets its guide; the hand-opened page has had longer.
    const { popup } = await openWindow();
    expect(await guideOverlays(popup)).toBe(1);
    expect(await guideOverlays(page)).toBe(0);
  });
});
