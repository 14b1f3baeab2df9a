// Which hosts the extension runs on, and which of them it trusts with credentials.
//
// Salesforce and Marketo serve customer-authored content from their own domains (Visualforce
// pages, Experience Cloud sites, Marketo landing pages), so a domain is not a trust boundary:
// the predicates below name the admin consoles by exact host shape.

/** Salesforce Setup, its framed classic pages and the OAuth login pages, in every cloud. */
export const SALESFORCE_MATCHES = [
  'https://*.lightning.force.com/*',
  'https://*.my.salesforce.com/*',
  'https://*.my.salesforce-setup.com/*',
  'https://login.salesforce.com/*',
  'https://test.salesforce.com/*',
  // "Log In with Email" on login.salesforce.com continues there, inside Marketo's OAuth window.
  'https://welcome.salesforce.com/*',
  'https://*.lightning.force.mil/*',
  'https://*.my.salesforce.mil/*',
  'https://*.lightning.crmforce.mil/*',
  'https://*.my.crmforce.mil/*',
  'https://*.lightning.sfcrmapps.cn/*',
  'https://*.my.sfcrmproducts.cn/*',
];

const LIGHTNING_HOSTS = ['*.lightning.force.com', '*.lightning.force.mil', '*.lightning.crmforce.mil', '*.lightning.sfcrmapps.cn'];
const CLASSIC_HOSTS = ['*.my.salesforce.com', '*.my.salesforce.mil', '*.my.crmforce.mil', '*.my.sfcrmproducts.cn'];
const SETUP_HOST = '*.my.salesforce-setup.com';
/** The classic pages of the journey, framed in Lightning or opened in a tab of their own. */
const CLASSIC_PATHS = ['/app/mgmt/forceconnectedapps/*', '/_ui/identity/verification/*'];

/**
 * Where the Salesforce content script runs: Lightning (Setup is a single-page app under
 * /lightning/) and the journey's classic pages. Setup frames many other classic pages; they are
 * not the journey's, and the script is not even evaluated there.
 */
export const SALESFORCE_CONTENT_MATCHES = [
  ...[...LIGHTNING_HOSTS, SETUP_HOST].map((host) => `https://${host}/lightning/*`),
  ...[...CLASSIC_HOSTS, SETUP_HOST].flatMap((host) => CLASSIC_PATHS.map((path) => `https://${host}${path}`)),
];

const SIGN_IN_HOSTS = ['login.salesforce.com', 'test.salesforce.com', 'welcome.salesforce.com'];
/** Marketo's callback address, where Salesforce sends the window back with a code or an error. */
const MARKETO_CALLBACK_MATCH = 'https://app.marketo.com/salesforce/*';

/**
 * Where Marketo's OAuth window goes (docs/oauth-window.md): the sign-in hosts, then the org's My
 * Domain for sign-in, identity verification, Allow and the error page, then Marketo's callback.
 * On My Domain only those pages' paths: the script is not evaluated on the org's other pages.
 */
export const OAUTH_WINDOW_MATCHES = [
  ...SIGN_IN_HOSTS.map((host) => `https://${host}/*`),
  ...CLASSIC_HOSTS.flatMap((host) =>
    ['/', '/?*', '/setup/secur/RemoteAccess*', '/_ui/identity/verification/*', '/services/oauth2/*'].map((path) => `https://${host}${path}`),
  ),
  MARKETO_CALLBACK_MATCH,
];

/** Marketo's authorisation requests, on a sign-in host or a My Domain (the background watches these). */
export const OAUTH_AUTHORIZE_URLS = [
  ...SIGN_IN_HOSTS.filter((host) => host !== 'welcome.salesforce.com'),
  ...CLASSIC_HOSTS,
].map((host) => `https://${host}/services/oauth2/authorize*`);

/** Marketo's admin application, its OAuth redirect page and the Adobe Experience Cloud shell. */
export const MARKETO_MATCHES = ['https://*.marketo.com/*', 'https://experience.adobe.com/*'];

// A My Domain label: letters, digits and hyphens, optionally "name--sandbox" and a variant
// such as "sandbox.", "scratch." or "develop.".
const MY_DOMAIN = '[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?(?:--[a-z0-9]+)?';
const VARIANT = '(?:(?:sandbox|scratch|develop|demo|trailblaze)\\.)?';
const SF_CLOUDS = '(?:com|mil|cn)';

/** Setup's hosts after the My Domain name and its variant: Lightning's, then classic Setup's. */
const LIGHTNING_SUFFIXES = [`lightning\\.force\\.${SF_CLOUDS}`, 'lightning\\.crmforce\\.mil', 'lightning\\.sfcrmapps\\.cn'];
const CLASSIC_SUFFIXES = [`my\\.salesforce\\.${SF_CLOUDS}`, 'my\\.salesforce-setup\\.com', 'my\\.crmforce\\.mil', 'my\\.sfcrmproducts\\.cn'];
const orgHost = (suffixes: readonly string[]) => new RegExp(`^(${MY_DOMAIN})\\.${VARIANT}(?:${suffixes.join('|')})$`);

// Marked pure so that a bundle that never asks about Setup's hosts (Marketo's recogniser) drops them.
const SALESFORCE_SETUP_HOST = /* @__PURE__ */ orgHost([...LIGHTNING_SUFFIXES, ...CLASSIC_SUFFIXES]);
/** Classic Setup only (no Lightning host): where Setup serves the Connected Apps pages. */
const SALESFORCE_CLASSIC_SETUP_HOST = /* @__PURE__ */ orgHost(CLASSIC_SUFFIXES);

/** The classic Connected Apps pages, the consumer details page among them. */
const CONNECTED_APPS_PATH = '/app/mgmt/forceconnectedapps/';

const SALESFORCE_LOGIN_HOSTS = new Set(SIGN_IN_HOSTS);

const MARKETO_APP_HOST = /^(?:app|engage)-[a-z0-9]{2,8}\.marketo\.com$/;
const MARKETO_OAUTH_REDIRECT_HOST = 'app.marketo.com';
const ADOBE_SHELL_HOST = 'experience.adobe.com';
export const ADOBE_SHELL_ORIGIN = `https://${ADOBE_SHELL_HOST}`;

/** The org's My Domain name if `host` is one of its Setup hosts ("acme--uat" for a sandbox). */
export function salesforceOrgOf(host: string): string | null {
  const match = SALESFORCE_SETUP_HOST.exec(host.toLowerCase());
  return match ? match[1] : null;
}

/** An org as its host names it: the My Domain name, and whether it is a sandbox (or scratch org). */
export interface SalesforceOrg {
  name: string;
  sandbox: boolean;
}

/**
 * The org a My Domain or Setup host belongs to. Sandboxes are "name--sbx" with the "sandbox."
 * (or, for scratch orgs, "scratch.") label on enhanced domains, and "name--sbx" alone before.
 */
export function salesforceOrgFromHost(host: string): SalesforceOrg | null {
  const lower = host.toLowerCase();
  const name = salesforceOrgOf(lower);
  if (!name) return null;
  const variant = lower.slice(name.length + 1).split('.')[0];
  return { name, sandbox: name.includes('--') || variant === 'sandbox' || variant === 'scratch' };
}

/** Whether two orgs, both known, are not the same org (either unknown: nothing to compare). */
export function isOtherOrg(org: SalesforceOrg | null | undefined, expected: SalesforceOrg | null | undefined): boolean {
  if (!org || !expected) return false;
  return org.name !== expected.name || org.sandbox !== expected.sandbox;
}

/** A My Domain name as salesforceOrgFromHost gives it ("acme", "acme--uat"). */
export function isMyDomainName(name: string): boolean {
  return new RegExp(`^${MY_DOMAIN}$`).test(name);
}

export function isSalesforceSetupHost(host: string): boolean {
  return salesforceOrgOf(host) !== null;
}

/**
 * Where the consumer key and secret may be read: the classic Connected Apps pages on the org's
 * classic Setup hosts. Never a Lightning host: every Lightning page of the org (Sales home, a
 * third-party component) runs scripts that could draw the consumer details page's ids.
 */
export function isSalesforceCaptureUrl(url: URL): boolean {
  return url.protocol === 'https:' && SALESFORCE_CLASSIC_SETUP_HOST.test(url.hostname.toLowerCase()) && url.pathname.startsWith(CONNECTED_APPS_PATH);
}

export function isSalesforceLoginHost(host: string): boolean {
  return SALESFORCE_LOGIN_HOSTS.has(host.toLowerCase());
}

export function isMarketoAppHost(host: string): boolean {
  return MARKETO_APP_HOST.test(host.toLowerCase());
}

/**
 * Marketo's admin application: the root of an app host, navigated by hash ("/#SF0A1", with or
 * without a query). The app hosts also serve what customers author, under other paths: landing
 * pages (/lp/...), their images and files (/rs/...), forms. An allow-list, so that a path we do not
 * know is not the admin application (docs/security.md, "Marketo's hosts").
 */
export function isMarketoAdminAppUrl(url: URL): boolean {
  return url.protocol === 'https:' && isMarketoAppHost(url.hostname) && MARKETO_ADMIN_PATHS.has(url.pathname);
}

const MARKETO_ADMIN_PATHS = new Set(['/']);

export function isMarketoRedirectHost(host: string): boolean {
  return host.toLowerCase() === MARKETO_OAUTH_REDIRECT_HOST;
}

export function isAdobeShellHost(host: string): boolean {
  return host.toLowerCase() === ADOBE_SHELL_HOST;
}

/** The admin's typed My Domain or Marketo address, as an origin we can open, or null. */
export function salesforceOriginFrom(input: string): string | null {
  const host = typedHostOf(input);
  if (!host) return null;
  if (isSalesforceSetupHost(host)) return `https://${host}`;
  // A bare My Domain name ("acme", "acme--uat"): Lightning is where Setup lives for everyone.
  if (new RegExp(`^${MY_DOMAIN}$`).test(host)) return `https://${host}.lightning.force.com`;
  return null;
}

export function marketoOriginFrom(input: string): string | null {
  const host = typedHostOf(input);
  if (!host) return null;
  if (isMarketoAppHost(host)) return `https://${host}`;
  // A bare pod ("ab12" or "app-ab12").
  const pod = /^(?:app-)?([a-z0-9]{2,8})$/.exec(host)?.[1];
  return pod ? `https://app-${pod}.marketo.com` : null;
}

/** The host name of an https address, or null (another scheme, or not an address at all). */
export function httpsHostOf(url: string | undefined): string | null {
  return httpsUrlOf(url)?.hostname ?? null;
}

/** An https address, parsed, or null (another scheme, or not an address at all). */
export function httpsUrlOf(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

/** The host the admin means by what they typed in the options: an address, or a bare host name. */
function typedHostOf(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (!text) return null;
  try {
    return new URL(text.includes('://') ? text : `https://${text}`).hostname;
  } catch {
    return null;
  }
}
