// @vitest-environment happy-dom
// Marketo's "Login with Salesforce" popup against the replicas of Salesforce's login host: which
// page is which, how far the sign-in got, who is being authorised, and what each OAuth error of
// docs/oauth-window.md "The error table" means, in words.
import { beforeEach, describe, expect, it } from 'vitest';
import { oauthErrorCode } from '../../lib/pages/oauth/oauth-errors';
import { OAUTH_POPUP_PAGES, approvalUserOf } from '../../lib/pages/oauth/popup-pages';
import type { PageModule } from '../../lib/pages/page-module';
import { useLocale } from './locale-messages';
import { guideContext, showLoginPage } from './marketo-fixtures';
import { loadReplica } from './salesforce-replica';

const SYNC_USER = 'marketo.sync@acme.com';
const LOGIN = 'https://login.salesforce.com/?ec=302&startURL=%2Fsetup%2Fsecur%2FRemoteAccessAuthorizationPage.apexp%3Fsource%3Dabc';
const VERIFY = 'https://acme.my.salesforce.com/_ui/identity/verification/method/EmailVerificationFinishUi/e?retURL=%2Fsetup%2Fsecur%2FRemoteAccessAuthorizationPage.apexp';
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
    // After sign-in the window is on the org's My Domain; and a login page without startURL
    // (Use Custom Domain) is still the window's: the background, not the address, knows the window.
    ['https://acme.my.salesforce.com/?ec=302&startURL=%2Fsetup%2Fsecur%2FRemoteAccessAuthorizationPage.apexp', 'oauth/sign-in'],
    ['https://login.salesforce.com/', 'oauth/sign-in'],
    ['https://welcome.salesforce.com/discovery', 'oauth/sign-in'],
    ['https://acme.my.salesforce.com/_ui/identity/verification/method/EmailVerificationFinishUi/e', 'oauth/verify'],
    ['https://acme--uat.sandbox.my.salesforce.com/setup/secur/RemoteAccessAuthorizationPage.apexp?source=abc', 'oauth/approval'],
    ['https://acme.my.salesforce.com/setup/secur/RemoteAccessErrorPage.apexp?error=invalid_client', 'oauth/error'],
  ])('%s is %s', (url, id) => {
    expect(moduleFor(url)?.id).toBe(id);
  });

  it.each([
    ['a Lightning page', 'https://acme.lightning.force.com/lightning/setup/NavigationMenus/home'],
    ['a lookalike login host', 'https://login.salesforce.com.evil.test/?startURL=%2Fsetup%2Fsecur%2FRemoteAccessAuthorizationPage.apexp'],
    ['a lookalike redirect', 'https://app.marketo.com.evil.test/salesforce/getSfdcOAuthTokensRedirect?code=x'],
    ['another Marketo page', 'https://app.marketo.com/homepage'],
  ])('ignores %s', (_name, url) => {
    expect(moduleFor(url)).toBeUndefined();
  });
});

describe('the sign-in', () => {
  it('reports the popup open on the login page and asks for the sync user', async () => {
    navigate(LOGIN);
    await showLoginPage('login.html', { startURL: '/setup/secur/RemoteAccessAuthorizationPage.apexp?source=abc' });
    const module = moduleFor(LOGIN)!;
    expect(module.isShown(document)).toBe(true);
    // The window opened and loaded: the evidence that pop-ups get through.
    expect(module.observe(document)).toEqual([{ type: 'seen', milestone: 'mkto-popup-opened' }, { type: 'popups', state: 'allowed' }]);
    const guidance = module.guide!(document, guideContext({}, { syncUserName: SYNC_USER }));
    expect(guidance?.body).toContain(`Sign in as ${SYNC_USER}, not as yourself.`);
    // On the login host: where to go when the org refuses it, and Log In with Email.
    expect(guidance?.body).toContain("Click Use Custom Domain and enter your org's My Domain name.");
    expect(guidance?.body).toContain("Using Log In with Email? Enter the sync user's email address");
    expect(guidance?.target?.()).toBe(document.getElementById('username'));
    const report = await guidance!.actions![0].run();
    expect(report.tone).toBe('success');
    expect((document.getElementById('username') as HTMLInputElement).value).toBe(SYNC_USER);
    expect((document.getElementById('password') as HTMLInputElement).value).toBe('');
  });

  it('names the org on a My Domain sign-in page, warns when it is not the key’s, and names the domain to enter', async () => {
    const sandboxLogin = 'https://acme--uat.sandbox.my.salesforce.com/?startURL=%2Fsetup%2Fsecur%2FRemoteAccessAuthorizationPage.apexp';
    navigate(sandboxLogin);
    await showLoginPage('login.html', { startURL: '/setup/secur/RemoteAccessAuthorizationPage.apexp?source=abc' });
    const module = moduleFor(sandboxLogin)!;
    const same = module.guide!(document, guideContext({ credentialOrg: { name: 'acme--uat', sandbox: true } }))!;
    expect(same.body).toContain('This window signs in to the sandbox acme--uat.');
    expect(same.body).not.toContain('Use Custom Domain');
    const other = module.guide!(document, guideContext({ credentialOrg: { name: 'acme', sandbox: false } }))!;
    expect(other.body).toContain('This window is signed in to the sandbox acme--uat, but the consumer key comes from the production org acme.');
    // On the login host, the domain to enter is the key's org.
    navigate(LOGIN);
    expect(moduleFor(LOGIN)!.guide!(document, guideContext({ credentialOrg: { name: 'acme--uat', sandbox: true } }))!.body).toContain('Click Use Custom Domain and enter acme--uat.');
  });

  it('names the domain to enter from the org set in the options, or else seen in Setup, before any key is held', async () => {
    navigate(LOGIN);
    await showLoginPage('login.html', { startURL: '/setup/secur/RemoteAccessAuthorizationPage.apexp?source=abc' });
    const seen = { hosts: { salesforce: 'https://globex.my.salesforce.com' } };
    const bodyFor = (salesforceOrigin: string) => moduleFor(LOGIN)!.guide!(document, guideContext(seen, { salesforceOrigin }))!.body;
    expect(bodyFor('https://acme.lightning.force.com')).toContain('Click Use Custom Domain and enter acme.');
    expect(bodyFor('')).toContain('Click Use Custom Domain and enter globex.');
  });

  it('points at Use Custom Domain where the page shows no username field', async () => {
    navigate(LOGIN);
    await showLoginPage('custom-domain.html', { startURL: '/setup/secur/RemoteAccessAuthorizationPage.apexp?source=abc' });
    document.body.insertAdjacentHTML('beforeend', '<a id="custom" href="#">Use Custom Domain</a>');
    const guidance = moduleFor(LOGIN)!.guide!(document, guideContext({}, { syncUserName: SYNC_USER }))!;
    expect(guidance.target?.()?.id).toBe('custom');
    // Nothing to fill without the field.
    expect(guidance.actions).toEqual([]);
  });

  it('reports the sign-in on the verification page and points at the code', async () => {
    // The window's verification is Setup's own page, on the org's My Domain.
    await loadReplica('salesforce/verify-identity.html', { lang: 'en', values: { formAction: VERIFY }, markup: { error: '' } });
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

describe('the approval page on My Domain', () => {
  const PRODUCTION = 'https://acme.my.salesforce.com/setup/secur/RemoteAccessAuthorizationPage.apexp?source=abc';
  const SANDBOX = 'https://acme--uat.sandbox.my.salesforce.com/setup/secur/RemoteAccessAuthorizationPage.apexp?source=abc';

  it('says who is authorised and in which org, named by the host', async () => {
    navigate(SANDBOX);
    await showLoginPage('approve.html', { user: SYNC_USER, appName: 'Marketo Sync', action: SANDBOX });
    const guidance = moduleFor(SANDBOX)!.guide!(document, guideContext({ credentialOrg: { name: 'acme--uat', sandbox: true } }, { syncUserName: SYNC_USER }));
    expect(guidance?.key).toBe('oauth-allow');
    expect(guidance?.body).toContain(`This authorises ${SYNC_USER} for Marketo.`);
    expect(guidance?.body).toContain('In the sandbox acme--uat: Marketo will sync with this org.');
  });

  it('asks the admin to check the user when no sync user is set', async () => {
    navigate(PRODUCTION);
    await showLoginPage('approve.html', { user: SYNC_USER, appName: 'Marketo Sync', action: PRODUCTION });
    expect(moduleFor(PRODUCTION)!.guide!(document, guideContext())?.body).toContain('Check that this is the Marketo sync user.');
  });

  it.each([
    ['a sandbox app signed in to production', PRODUCTION, { name: 'acme--uat', sandbox: true }, 'signed in to the production org acme, but the consumer key comes from the sandbox acme--uat'],
    ['a production app signed in to a sandbox', SANDBOX, { name: 'acme', sandbox: false }, 'signed in to the sandbox acme--uat, but the consumer key comes from the production org acme'],
    ['another production org', PRODUCTION, { name: 'globex', sandbox: false }, 'signed in to the production org acme, but the consumer key comes from the production org globex'],
  ])('warns before Allow about %s', async (_name, url, credentialOrg, words) => {
    navigate(url);
    await showLoginPage('approve.html', { user: SYNC_USER, appName: 'Marketo Sync', action: url });
    const guidance = moduleFor(url)!.guide!(document, guideContext({ credentialOrg }, { syncUserName: SYNC_USER }));
    expect(guidance?.key).toBe('oauth-wrong-org');
    expect(guidance?.tone).toBe('warning');
    expect(guidance?.body).toContain(`This window is ${words}. Do not click Allow`);
    expect(guidance?.target?.()).toBe(document.getElementById('oadeny'));
  });

  it('compares nothing when the key was pasted (its org unknown)', async () => {
    navigate(PRODUCTION);
    await showLoginPage('approve.html', { user: SYNC_USER, appName: 'Marketo Sync', action: PRODUCTION });
    expect(moduleFor(PRODUCTION)!.guide!(document, guideContext({}, { syncUserName: SYNC_USER }))?.key).toBe('oauth-allow');
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
    ['invalid_client', 'not installed in the org', 'Setup > Connected Apps OAuth Usage, find the app, click Install'],
    ['invalid_client_id', 'saved only minutes ago', 'Wait 10 minutes and try again'],
    ['invalid_app_access', 'not admin approved for this app', "On the app's Policies, add the sync user's profile or permission set"],
    ['OAUTH_EC_APP_NOT_FOUND', 'it was made in another org (production or sandbox)', 'Sign in to the org where the app was made'],
    ['app_not_found', 'before the sandbox was refreshed', 'create the app in this org'],
    ['access_denied', 'Deny was clicked', 'sign in as the sync user and click Allow'],
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
  it('reports Allow only when Salesforce sent a code, and the error it sent back otherwise', () => {
    const withCode = 'https://app.marketo.com/salesforce/getSfdcOAuthTokensRedirect?code=x&state=y';
    navigate(withCode);
    expect(moduleFor(withCode)!.observe(document)).toEqual([{ type: 'seen', milestone: 'sf-allowed' }]);
    const denied = 'https://app.marketo.com/salesforce/getSfdcOAuthTokensRedirect?error=access_denied&error_description=end-user+denied+authorization';
    navigate(denied);
    expect(moduleFor(denied)!.observe(document)).toEqual([{ type: 'oauth-error', code: 'access_denied' }]);
    expect(moduleFor(denied)!.guide!(document, guideContext())?.body).toContain('Deny was clicked in the Salesforce window');
  });

  it('takes only a code-shaped error from the address, never its words', () => {
    const crafted = 'https://app.marketo.com/salesforce/getSfdcOAuthTokensRedirect?error=Call+0900+now&error_description=x';
    navigate(crafted);
    expect(moduleFor(crafted)!.observe(document)).toEqual([]);
    expect(moduleFor(crafted)!.guide!(document, guideContext())).toBeNull();
  });
});
