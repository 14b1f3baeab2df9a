// Marketo's "Login with Salesforce" window (docs/oauth-window.md): Salesforce's sign-in, identity
// verification, approval and error pages, on the login hosts or the org's own My Domain, and
// Marketo's callback page that receives the code or an error. The background knows the window by
// its tab and these modules run only there; the host of each page names the org. Each reports how
// far the sign-in got; the guide says to sign in as the sync user, to which org, and what an error
// means.
import { fillText } from '../../dom/fill';
import type { Guidance } from '../../guide/guidance';
import { isOtherOrg, isSalesforceLoginHost, salesforceOrgFromHost } from '../../hosts';
import { t } from '../../i18n';
import { journeyOrg } from '../../journey/journey-org';
import { isMarketoCallback } from '../../journey/recipe';
import { openSalesforcePage } from '../marketo/salesforce-pages';
import type { GuideContext, PageModule } from '../page-module';
import { labelsFor } from '../salesforce/labels';
import { oauthErrorCode, oauthErrorCodeFromCallback, oauthErrorHelp, oauthErrorLines } from './oauth-errors';
import { orgWords } from './org-words';

const APPROVAL_PATH = '/setup/secur/RemoteAccessAuthorizationPage.apexp';
const ERROR_PATH = '/setup/secur/RemoteAccessErrorPage.apexp';

/** A Salesforce host of the window: a sign-in host or a My Domain. */
const onSalesforce = (url: URL) =>
  url.protocol === 'https:' && (isSalesforceLoginHost(url.hostname) || salesforceOrgFromHost(url.hostname) !== null);
const byId = <E extends HTMLElement>(document: Document, id: string) => document.getElementById(id) as E | null;
/** The button that submits the form `field` is in: what the admin clicks after typing there. */
const submitOf = (field: Element | null) => (field as HTMLInputElement | null)?.form?.querySelector('[type=submit]') ?? null;

/** The login page's "Use Custom Domain" link, by its words (no public id is known). */
function customDomainLink(document: Document): Element | null {
  return [...document.querySelectorAll('a, button')].find((element) => /custom domain|anpassad domän/i.test(element.textContent ?? '')) ?? null;
}

const signInModule: PageModule = {
  id: 'oauth/sign-in',
  // The login page at the root of a sign-in host or a My Domain ("/?ec=302&startURL=..."), and
  // whatever "Log In with Email" shows on welcome.salesforce.com.
  matchesUrl: (url) => onSalesforce(url) && (url.pathname === '/' || url.hostname === 'welcome.salesforce.com'),
  isShown: (document) => document.body !== null,
  // The window is open and loaded: Marketo's Login with Salesforce worked, so pop-ups get through.
  observe: () => [
    { type: 'seen', milestone: 'mkto-popup-opened' },
    { type: 'popups', state: 'allowed' },
  ],
  guide(document, context) {
    const syncUser = context.settings.syncUserName.trim();
    const username = () => byId<HTMLInputElement>(document, 'username');
    const host = document.location.hostname;
    const org = salesforceOrgFromHost(host);
    const lines = [syncUser ? t('oauth_sign_in_body_named', syncUser) : t('oauth_sign_in_body')];
    if (org) lines.push(t('oauth_sign_in_org', orgWords(org)));
    if (isSalesforceLoginHost(host)) {
      // An org may refuse sign-in on the login hosts (My Domain > Routing and Policies).
      // The My Domain name, as the admin types it into "Use Custom Domain".
      const domain = journeyOrg(context.progress, context.settings)?.name;
      lines.push(domain ? t('oauth_sign_in_custom_domain_named', domain) : t('oauth_sign_in_custom_domain'));
      // "Log In with Email" (login.salesforce.com) continues on welcome.salesforce.com, still this window.
      lines.push(t('oauth_sign_in_email'));
    }
    if (isOtherOrg(org, context.progress.credentialOrg)) lines.push(t('oauth_wrong_org_body', [orgWords(org!), orgWords(context.progress.credentialOrg!)]));
    return {
      key: 'oauth-sign-in',
      title: t('oauth_sign_in_title'),
      body: lines.join('\n'),
      target: () => username() ?? customDomainLink(document),
      // Below the username: the password and Log In, which a card as wide as Marketo's small
      // window would otherwise cover.
      keepClear: () => [byId(document, 'password'), submitOf(username())],
      actions:
        syncUser && username()
          ? [{
              id: 'fill-username',
              label: t('oauth_action_fill_username'),
              run: async () => {
                const outcome = fillText(username(), syncUser);
                return outcome === 'filled' || outcome === 'unchanged'
                  ? { tone: 'success', lines: [t('oauth_username_filled')] }
                  : { tone: 'warning', lines: [t('oauth_username_not_filled')] };
              },
            }]
          : [],
    };
  },
};

const verifyModule: PageModule = {
  id: 'oauth/verify',
  matchesUrl: (url) => onSalesforce(url) && url.pathname.startsWith('/_ui/identity/verification/'),
  // The code field by its confirmed id, else the title in the page's own language.
  isShown: (document) => byId(document, 'emc') !== null || labelsFor(document, 'verifyTitle').some((title) => document.title.includes(title)),
  observe: () => [{ type: 'seen', milestone: 'sf-signed-in' }],
  guide: (document) => ({
    key: 'oauth-verify',
    title: t('oauth_verify_title'),
    body: t('oauth_verify_body'),
    target: () => byId(document, 'emc') ?? byId(document, 'save'),
    keepClear: () => [submitOf(byId(document, 'emc'))],
  }),
};

/** The user the approval page says is being authorised. */
export function approvalUserOf(document: Document): string | null {
  const named = byId(document, 'userName')?.textContent?.trim();
  if (named) return named.slice(0, 300);
  const text = document.body?.textContent ?? '';
  return /Logged in as\s+(\S+@\S+)/i.exec(text)?.[1]?.slice(0, 300) ?? null;
}

const approvalModule: PageModule = {
  id: 'oauth/approval',
  matchesUrl: (url) => onSalesforce(url) && url.pathname === APPROVAL_PATH,
  isShown: (document) => byId(document, 'oaapprove') !== null,
  observe(document) {
    const user = approvalUserOf(document);
    return [
      { type: 'seen', milestone: 'sf-signed-in' },
      { type: 'seen', milestone: 'sf-verified' },
      ...(user ? [{ type: 'approval-user' as const, user }] : []),
    ];
  },
  guide: (document, context) => approvalGuidance(document, context),
};

/** Allow decides the user and the org Marketo syncs with, for good: what is unexpected is said before it. */
function approvalGuidance(document: Document, { checklist, settings, progress }: GuideContext): Guidance {
  const user = approvalUserOf(document) ?? t('oauth_user_unknown');
  const org = salesforceOrgFromHost(document.location.hostname);
  const wrongUser = checklist.items.some((item) => item.reason === 'wrong-user');
  const wrongUserLine = t('oauth_wrong_user_body', [user, settings.syncUserName.trim()]);
  if (isOtherOrg(org, progress.credentialOrg)) {
    return {
      key: 'oauth-wrong-org',
      tone: 'warning',
      title: t('oauth_wrong_org_title'),
      body: [t('oauth_wrong_org_body', [orgWords(org!), orgWords(progress.credentialOrg!)]), ...(wrongUser ? [wrongUserLine] : [])].join('\n'),
      target: () => byId(document, 'oadeny'),
    };
  }
  if (wrongUser) {
    return {
      key: 'oauth-wrong-user',
      tone: 'warning',
      title: t('oauth_wrong_user_title'),
      body: wrongUserLine,
      target: () => document.querySelector('a[href*="logout"]') ?? byId(document, 'oadeny'),
    };
  }
  const lines = [t('oauth_allow_body', user)];
  if (org) lines.push(t('oauth_allow_org', orgWords(org)));
  // Without a sync user in the options the guide cannot compare: the admin must.
  if (!settings.syncUserName.trim()) lines.push(t('oauth_allow_check_user'));
  return { key: 'oauth-allow', title: t('oauth_allow_title'), body: lines.join('\n'), target: () => byId(document, 'oaapprove') };
}

/** What an error code means and how to fix it; the code comes only from an address or a code-shaped text. */
function errorGuidance(code: string, { progress }: GuideContext): Guidance {
  const help = oauthErrorHelp(code);
  const origin = progress.hosts.salesforce;
  return {
    key: `oauth-error-${help.id}`,
    tone: 'warning',
    title: t('oauth_error_title', code),
    body: [...oauthErrorLines(help), ...(origin ? [] : [t('oauth_error_no_org')])].join('\n'),
    actions: origin ? [{ id: 'open-fix', label: t('oauth_action_open_fix'), run: () => openSalesforcePage(origin, help.fixPage) }] : [],
  };
}

const errorModule: PageModule = {
  id: 'oauth/error',
  matchesUrl: (url) => onSalesforce(url) && url.pathname === ERROR_PATH,
  isShown: (document) => Boolean(document.body),
  observe(document) {
    const code = oauthErrorCode(new URL(document.location.href), document);
    // The window did open; reported first, because a later "opened" would make the error history.
    return [{ type: 'seen', milestone: 'mkto-popup-opened' }, { type: 'popups', state: 'allowed' }, ...(code ? [{ type: 'oauth-error' as const, code }] : [])];
  },
  guide: (document, context) => errorGuidance(oauthErrorCode(new URL(document.location.href), document) ?? t('oauth_user_unknown'), context),
};

/**
 * Marketo's callback page: Salesforce sent the code (access allowed, on the Allow page or without
 * it for pre-authorised users), or an error (Deny, a blocked app) that only Marketo's side sees.
 */
const redirectModule: PageModule = {
  id: 'oauth/marketo-redirect',
  matchesUrl: (url) => isMarketoCallback(`${url.origin}${url.pathname}`),
  isShown: () => true,
  observe(document) {
    const url = new URL(document.location.href);
    const error = oauthErrorCodeFromCallback(url);
    if (error) return [{ type: 'oauth-error', code: error }];
    return url.searchParams.has('code') ? [{ type: 'seen', milestone: 'sf-allowed' }] : [];
  },
  guide(document, context) {
    const error = oauthErrorCodeFromCallback(new URL(document.location.href));
    return error ? errorGuidance(error, context) : null;
  },
};

export const OAUTH_POPUP_PAGES: readonly PageModule[] = [signInModule, verifyModule, approvalModule, errorModule, redirectModule];

// Real URLs (docs/oauth-window.md):
//   https://login.salesforce.com/services/oauth2/authorize?response_type=code&client_id=...&redirect_uri=https://app.marketo.com/salesforce/getSfdcOAuthTokensRedirect
//   https://login.salesforce.com/?ec=302&startURL=%2Fsetup%2Fsecur%2FRemoteAccessAuthorizationPage.apexp%3Fsource%3D...
//   https://<mydomain>.my.salesforce.com/_ui/identity/verification/method/EmailVerificationFinishUi/e
//   https://<mydomain>.my.salesforce.com/setup/secur/RemoteAccessAuthorizationPage.apexp?source=...
//   https://<mydomain>.my.salesforce.com/setup/secur/RemoteAccessErrorPage.apexp?error=...&error_description=...
//   https://<name>--<sbx>.sandbox.my.salesforce.com/... (the same pages in a sandbox)
//   https://app.marketo.com/salesforce/getSfdcOAuthTokensRedirect?code=...&state=... (or ?error=...)
