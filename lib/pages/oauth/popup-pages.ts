// Marketo's "Login with Salesforce" popup: Salesforce's login, identity verification, approval and
// error pages on the login hosts, and Marketo's redirect page that receives the code. Each reports
// how far the sign-in got; the guide tells the admin to sign in as the sync user and what an error
// means.
import { fillText } from '../../dom/fill';
import type { Guidance } from '../../guide/guidance';
import { isSalesforceLoginHost } from '../../hosts';
import { t, tDynamic } from '../../i18n';
import { isMarketoCallback } from '../../journey/recipe';
import { openSalesforcePage } from '../marketo/salesforce-pages';
import type { GuideContext, PageModule } from '../page-module';
import { oauthErrorCode, oauthErrorHelp } from './oauth-errors';

const APPROVAL_PATH = '/setup/secur/RemoteAccessAuthorizationPage.apexp';
const ERROR_PATH = '/setup/secur/RemoteAccessErrorPage.apexp';

const onLoginHost = (url: URL) => url.protocol === 'https:' && isSalesforceLoginHost(url.hostname);
const byId = <E extends HTMLElement>(document: Document, id: string) => document.getElementById(id) as E | null;

/** Whether the login page was reached from an authorisation request (Marketo's popup). */
function isOAuthSignIn(url: URL): boolean {
  return (url.searchParams.get('startURL') ?? '').includes(APPROVAL_PATH);
}

const signInModule: PageModule = {
  id: 'oauth/sign-in',
  matchesUrl: (url) => onLoginHost(url) && url.pathname === '/' && isOAuthSignIn(url),
  isShown: (document) => byId(document, 'username') !== null,
  // The popup is open and loaded: Marketo's Login with Salesforce worked, so pop-ups get through.
  observe: () => [
    { type: 'seen', milestone: 'mkto-popup-opened' },
    { type: 'popups', state: 'allowed' },
  ],
  guide(document, { settings }) {
    const syncUser = settings.syncUserName.trim();
    const username = () => byId<HTMLInputElement>(document, 'username');
    return {
      key: 'oauth-sign-in',
      title: t('oauth_sign_in_title'),
      body: syncUser ? t('oauth_sign_in_body_named', syncUser) : t('oauth_sign_in_body'),
      target: username,
      actions: syncUser
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
  matchesUrl: (url) => onLoginHost(url) && url.pathname.includes('/verification/'),
  isShown: (document) => byId(document, 'emc') !== null || /Verify Your Identity/i.test(document.title),
  observe: () => [{ type: 'seen', milestone: 'sf-signed-in' }],
  guide: (document) => ({
    key: 'oauth-verify',
    title: t('oauth_verify_title'),
    body: t('oauth_verify_body'),
    target: () => byId(document, 'emc') ?? byId(document, 'save'),
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
  matchesUrl: (url) => onLoginHost(url) && url.pathname === APPROVAL_PATH,
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

function approvalGuidance(document: Document, { checklist, settings }: GuideContext): Guidance {
  const user = approvalUserOf(document) ?? t('oauth_user_unknown');
  const wrongUser = checklist.items.some((item) => item.reason === 'wrong-user');
  if (wrongUser) {
    return {
      key: 'oauth-wrong-user',
      tone: 'warning',
      title: t('oauth_wrong_user_title'),
      body: t('oauth_wrong_user_body', [user, settings.syncUserName.trim()]),
      target: () => document.querySelector('a[href*="logout"]') ?? byId(document, 'oadeny'),
    };
  }
  return {
    key: 'oauth-allow',
    title: t('oauth_allow_title'),
    body: t('oauth_allow_body', user),
    target: () => byId(document, 'oaapprove'),
  };
}

const errorModule: PageModule = {
  id: 'oauth/error',
  matchesUrl: (url) => onLoginHost(url) && url.pathname === ERROR_PATH,
  isShown: (document) => Boolean(document.body),
  observe(document) {
    const code = oauthErrorCode(new URL(document.location.href), document);
    // The popup did open; reported first, because a later "opened" would make the error history.
    return [{ type: 'seen', milestone: 'mkto-popup-opened' }, { type: 'popups', state: 'allowed' }, ...(code ? [{ type: 'oauth-error' as const, code }] : [])];
  },
  guide(document, { progress }) {
    const code = oauthErrorCode(new URL(document.location.href), document) ?? t('oauth_user_unknown');
    const help = oauthErrorHelp(code);
    const origin = progress.hosts.salesforce;
    return {
      key: `oauth-error-${help.id}`,
      tone: 'warning',
      title: t('oauth_error_title', code),
      body: `${tDynamic(`oauth_error_${help.id}_cause`)}\n${tDynamic(`oauth_error_${help.id}_fix`)}${origin ? '' : `\n${t('oauth_error_no_org')}`}`,
      actions: origin ? [{ id: 'open-fix', label: t('oauth_action_open_fix'), run: () => openSalesforcePage(origin, help.fixPage) }] : [],
    };
  },
};

/** Marketo's redirect page: Salesforce sent the code, so the admin allowed access. */
const redirectModule: PageModule = {
  id: 'oauth/marketo-redirect',
  matchesUrl: (url) => isMarketoCallback(`${url.origin}${url.pathname}`),
  isShown: () => true,
  observe: (document) => (new URL(document.location.href).searchParams.has('code') ? [{ type: 'seen', milestone: 'sf-allowed' }] : []),
};

export const OAUTH_POPUP_PAGES: readonly PageModule[] = [signInModule, verifyModule, approvalModule, errorModule, redirectModule];
