// @vitest-environment happy-dom
// Marketo's "Login with Salesforce" popup against the replicas of Salesforce's login host: which
// page is which, how far the sign-in got, who is being authorised, and what each OAuth error of
// JOURNEY.md "When it goes wrong" means, in words.
import { beforeEach, describe, expect, it } from 'vitest';
import { oauthErrorCode } from '../../lib/pages/oauth/oauth-errors';
import { OAUTH_POPUP_PAGES, approvalUserOf } from '../../lib/pages/oauth/popup-pages';
import type { PageModule } from '../../lib/pages/page-module';
import { useLocale } from './locale-messages';
import { guideContext, showLoginPage } from './marketo-fixtures';

const SYNC_USER = 'marketo.sync@acme.com';
const LOGIN = 'https://login.salesforce.com/?ec=302&startURL=%2Fsetup%2Fsecur%2FRemoteAccessAuthorizationPage.apexp%3Fsource%3Dabc';
const VERIFY = 'https://login.salesforce.com/_ui/identity/verification/method/EmailVerificationFinishUi/pageverify?flow=abc';
const APPROVAL = 'https://login.salesforce.com/setup/secur/RemoteAccessAuthorizationPage.apexp?source=abc';
const errorPage = (error: string) =>
  `https://login.salesforce.com/setup/secur/RemoteAccessErrorPage.apexp?error=${error}&error_description=whatever`;

function moduleFor(url: string): PageModule | undefined {
  return OAUTH_POPUP_PAGES.find((module) => module.matchesUrl(new URL(url)));
}

/** Puts the test document at `url` (the modules read the error code from the address). */
function navigate(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

beforeEach(() => useLocale('en'));

describe('recognising the popup pages', () => {
  it.each([
    [LOGIN, 'oauth/sign-in'],
    [LOGIN.replace('login.', 'test.'), 'oauth/sign-in'],
    [VERIFY, 'oauth/verify'],
    [APPROVAL, 'oauth/approval'],
    [errorPage('redirect_uri_mismatch'), 'oauth/error'],
    ['https://app.marketo.com/salesforce/getSfdcOAuthTokensRedirect?code=x&state=y', 'oauth/marketo-redirect'],
  ])('%s is %s', (url, id) => {
    expect(moduleFor(url)?.id).toBe(id);
  });

  it.each([
    ['an ordinary Salesforce login', 'https://login.salesforce.com/'],
    ['a lookalike login host', 'https://login.salesforce.com.evil.test/?startURL=%2Fsetup%2Fsecur%2FRemoteAccessAuthorizationPage.apexp'],
    ['a lookalike redirect', 'https://app.marketo.com.evil.test/salesforce/getSfdcOAuthTokensRedirect?code=x'],
    ['another Marketo page', 'https://app.marketo.com/homepage'],
  ])('ignores %s', (_name, url) => {
    expect(moduleFor(url)).toBeUndefined();
  });
});

describe('the sign-in', () => {
  it('reports the popup open on the login page and asks for the sync user', async () => {
    await showLoginPage('login.html', { startURL: '/setup/secur/RemoteAccessAuthorizationPage.apexp?source=abc' });
    const module = moduleFor(LOGIN)!;
    expect(module.isShown(document)).toBe(true);
    // The window opened and loaded: the evidence that pop-ups get through.
    expect(module.observe(document)).toEqual([{ type: 'seen', milestone: 'mkto-popup-opened' }, { type: 'popups', state: 'allowed' }]);
    const guidance = module.guide!(document, guideContext({}, { syncUserName: SYNC_USER }));
    expect(guidance?.body).toContain(`Sign in as ${SYNC_USER}, not as yourself.`);
    expect(guidance?.target?.()).toBe(document.getElementById('username'));
    const report = await guidance!.actions![0].run();
    expect(report.tone).toBe('success');
    expect((document.getElementById('username') as HTMLInputElement).value).toBe(SYNC_USER);
    expect((document.getElementById('password') as HTMLInputElement).value).toBe('');
  });

  it('reports the sign-in on the verification page and points at the code', async () => {
    await showLoginPage('verify.html', { maskedEmail: 'm*****@acme.com', action: VERIFY });
    const module = moduleFor(VERIFY)!;
    expect(module.isShown(document)).toBe(true);
    expect(module.observe(document)).toEqual([{ type: 'seen', milestone: 'sf-signed-in' }]);
    expect(module.guide!(document, guideContext())?.target?.()).toBe(document.getElementById('emc'));
  });
});

describe('the approval page', () => {
  beforeEach(() => showLoginPage('approve.html', { user: SYNC_USER, appName: 'Marketo Sync', action: APPROVAL }));

  it('reports the verified sign-in and the user being authorised, and points at Allow', () => {
    const module = moduleFor(APPROVAL)!;
    expect(approvalUserOf(document)).toBe(SYNC_USER);
    expect(module.observe(document)).toEqual([
      { type: 'seen', milestone: 'sf-signed-in' },
      { type: 'seen', milestone: 'sf-verified' },
      { type: 'approval-user', user: SYNC_USER },
    ]);
    const guidance = module.guide!(document, guideContext({ approvalUser: SYNC_USER }, { syncUserName: SYNC_USER }));
    expect(guidance?.key).toBe('oauth-allow');
    expect(guidance?.target?.()).toBe(document.getElementById('oaapprove'));
  });

  it('warns when someone other than the sync user is being authorised', async () => {
    await showLoginPage('approve.html', { user: 'alex.admin@acme.com', appName: 'Marketo Sync', action: APPROVAL });
    const guidance = moduleFor(APPROVAL)!.guide!(document, guideContext({ approvalUser: 'alex.admin@acme.com' }, { syncUserName: SYNC_USER }));
    expect(guidance?.key).toBe('oauth-wrong-user');
    expect(guidance?.tone).toBe('warning');
    expect(guidance?.body).toContain(`Salesforce would authorise alex.admin@acme.com, but the sync user is ${SYNC_USER}.`);
    expect(guidance?.target?.()?.textContent).toBe('Not you?');
  });
});

describe('the error page', () => {
  it.each([
    ['redirect_uri_mismatch', 'The callback URL on the Salesforce app differs', 'https://app.marketo.com/salesforce/getSfdcOAuthTokensRedirect'],
    ['invalid_client_id', 'Salesforce does not know this consumer key', 'test.salesforce.com for a sandbox'],
    ['invalid_client', 'not installed in the org', 'Approve Uninstalled Connected Apps'],
    ['OAUTH_APPROVAL_ERROR_GENERIC', 'not installed in the org', 'External Client App'],
    ['OAUTH_APP_BLOCKED', 'The app is blocked', 'Permitted Users'],
    ['invalid_grant', 'PKCE is required', 'Untick "Require Proof Key for Code Exchange (PKCE)"'],
    ['something_new', 'a reason the guide does not know', 'against the recipe'],
  ])('explains %s', async (code, cause, fix) => {
    navigate(errorPage(code));
    await showLoginPage('error.html', { error: code, description: 'whatever' });
    const module = moduleFor(errorPage(code))!;
    expect(module.observe(document)).toEqual([{ type: 'seen', milestone: 'mkto-popup-opened' }, { type: 'popups', state: 'allowed' }, { type: 'oauth-error', code }]);
    const guidance = module.guide!(document, guideContext({ hosts: { salesforce: 'https://acme.lightning.force.com' } }));
    expect(guidance?.title).toBe(`Salesforce error: ${code}`);
    expect(guidance?.body).toContain(cause);
    expect(guidance?.body).toContain(fix);
    expect(guidance?.actions?.map((action) => action.id)).toEqual(['open-fix']);
  });

  it('takes no words from a crafted link for the error code', async () => {
    await showLoginPage('error.html', { error: 'OAUTH_APP_BLOCKED', description: 'blocked' });
    const crafted = new URL('https://login.salesforce.com/setup/secur/RemoteAccessErrorPage.apexp');
    crafted.searchParams.set('error', 'Call 1-800-555-0100 to fix your org');
    expect(oauthErrorCode(crafted, document)).toBe('OAUTH_APP_BLOCKED');
  });

  it('reads the code from the page when the address does not carry it', async () => {
    await showLoginPage('error.html', { error: 'OAUTH_APP_BLOCKED', description: 'blocked' });
    expect(oauthErrorCode(new URL('https://login.salesforce.com/setup/secur/RemoteAccessErrorPage.apexp'), document)).toBe('OAUTH_APP_BLOCKED');
  });

  it('offers no link to Setup while the org is unknown, and says how to make it known', async () => {
    navigate(errorPage('invalid_grant'));
    await showLoginPage('error.html', { error: 'invalid_grant', description: 'x' });
    const guidance = moduleFor(errorPage('invalid_grant'))!.guide!(document, guideContext());
    expect(guidance?.actions).toEqual([]);
    expect(guidance?.body).toContain("Open your org's Setup in this browser once");
  });
});

describe("Marketo's redirect page", () => {
  it('reports Allow only when Salesforce sent a code', () => {
    const withCode = 'https://app.marketo.com/salesforce/getSfdcOAuthTokensRedirect?code=x&state=y';
    navigate(withCode);
    expect(moduleFor(withCode)!.observe(document)).toEqual([{ type: 'seen', milestone: 'sf-allowed' }]);
    const denied = 'https://app.marketo.com/salesforce/getSfdcOAuthTokensRedirect?error=access_denied';
    navigate(denied);
    expect(moduleFor(denied)!.observe(document)).toEqual([]);
  });
});
