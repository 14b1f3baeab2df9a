// Salesforce's OAuth errors, on its error page in Marketo's window or sent back to Marketo's
// callback address, as the error table of docs/oauth-window.md explains them: the code Salesforce
// gives, its likely cause, what to do, and the Setup page where it is done.
import { tDynamic } from '../../i18n';
import { SALESFORCE_PAGES } from '../marketo/salesforce-pages';

export const KNOWN_OAUTH_ERRORS = [
  'redirect_uri_mismatch',
  'invalid_client_id',
  'invalid_client',
  'OAUTH_APPROVAL_ERROR_GENERIC',
  'OAUTH_APP_BLOCKED',
  'invalid_grant',
  'invalid_app_access',
  'OAUTH_EC_APP_NOT_FOUND',
  'app_not_found',
  'access_denied',
] as const;
export type KnownOAuthError = (typeof KNOWN_OAUTH_ERRORS)[number];

export interface OAuthErrorHelp {
  /** Suffix of the i18n keys oauth_error_<id>_cause and oauth_error_<id>_fix. */
  id: 'redirect_uri' | 'client_id' | 'not_installed' | 'blocked' | 'invalid_grant' | 'not_admin_approved' | 'app_not_found' | 'denied' | 'unknown';
  /** Where in Salesforce Setup it is fixed. */
  fixPage: string;
}

const HELP: Record<KnownOAuthError, OAuthErrorHelp> = {
  redirect_uri_mismatch: { id: 'redirect_uri', fixPage: SALESFORCE_PAGES.appManager },
  invalid_client_id: { id: 'client_id', fixPage: SALESFORCE_PAGES.appManager },
  // Uninstalled Connected Apps: installed from Connected Apps OAuth Usage.
  invalid_client: { id: 'not_installed', fixPage: SALESFORCE_PAGES.oauthUsage },
  OAUTH_APPROVAL_ERROR_GENERIC: { id: 'not_installed', fixPage: SALESFORCE_PAGES.oauthUsage },
  OAUTH_APP_BLOCKED: { id: 'blocked', fixPage: SALESFORCE_PAGES.appManager },
  invalid_grant: { id: 'invalid_grant', fixPage: SALESFORCE_PAGES.appManager },
  invalid_app_access: { id: 'not_admin_approved', fixPage: SALESFORCE_PAGES.appManager },
  OAUTH_EC_APP_NOT_FOUND: { id: 'app_not_found', fixPage: SALESFORCE_PAGES.appManager },
  app_not_found: { id: 'app_not_found', fixPage: SALESFORCE_PAGES.appManager },
  access_denied: { id: 'denied', fixPage: SALESFORCE_PAGES.appManager },
};

export function oauthErrorHelp(code: string): OAuthErrorHelp {
  return (HELP as Record<string, OAuthErrorHelp>)[code] ?? { id: 'unknown', fixPage: SALESFORCE_PAGES.appManager };
}

/** What the admin reads about an error, wherever it shows: its likely cause, then what to do. */
export function oauthErrorLines(help: OAuthErrorHelp): [cause: string, fix: string] {
  return [tDynamic(`oauth_error_${help.id}_cause`), tDynamic(`oauth_error_${help.id}_fix`)];
}

const CODE = /^[A-Za-z_]{3,100}$/;

/**
 * The error code from the page's address, else from the "error=..." text Salesforce prints. Only
 * something shaped like a code: a crafted link must not put its words into the guide.
 */
export function oauthErrorCode(url: URL, document: Document): string | null {
  const fromUrl = url.searchParams.get('error');
  if (fromUrl && CODE.test(fromUrl)) return fromUrl;
  const text = document.body?.textContent ?? '';
  const known = KNOWN_OAUTH_ERRORS.find((code) => text.includes(code));
  return known ?? /error=([A-Za-z_]{3,100})/.exec(text)?.[1] ?? null;
}

/** The error Salesforce sent back to Marketo's callback address, if code-shaped; never its description. */
export function oauthErrorCodeFromCallback(url: URL): string | null {
  const code = url.searchParams.get('error');
  return code && CODE.test(code) ? code : null;
}
