// What the sandbox serves, in one table: which host and path shows which replica page.
//
// To add a page: put its HTML under replicas/ and add a row below. If it lives on a host that no
// pattern in SANDBOX_HOST_PATTERNS covers yet, add the pattern too, or Chromium will not find it.
//
// A row is { name, host, path, query?, file | handler, variants? }:
// - host:  an exact host name, a RegExp, '*' (any host the sandbox receives), or an array of these;
// - path:  the exact pathname, or a RegExp tested against it (query and hash are not part of it);
// - query: optional { param: RegExp } that must all match the decoded query parameters;
// - file:  a page under replicas/ (includes expanded, see replicas.mjs);
// - handler(req, res, context): for pages that need code (redirects, form posts);
// - variants: optional { variantName: file } chosen by the `sandbox-variant` knob (a query
//   parameter, or a cookie of the same name so that it survives navigation). Tests use it to
//   show the other faces of a page, e.g. an org where Connected Apps can no longer be created.
// The first matching row wins.

import { CONSUMER_PATH, consumerDetailsHandler, SALESFORCE_ROUTES } from './salesforce-routes.mjs';

import { marketoClassicApp } from './marketo-variants.mjs';
import * as oauth from './salesforce-oauth.mjs';

/**
 * Host patterns, in Chromium's --host-resolver-rules syntax, that are mapped to the sandbox.
 * Everything else does not resolve, so a test can never reach the real sites.
 */
export const SANDBOX_HOST_PATTERNS = [
  '*.force.com', // <org>.lightning.force.com, *.vf.force.com
  '*.salesforce.com', // <org>.my.salesforce.com, login.salesforce.com, test.salesforce.com
  '*.salesforce-setup.com', // <org>.my.salesforce-setup.com
  '*.marketo.com', // app-<pod>.marketo.com, app.marketo.com (OAuth redirect)
  'experience.adobe.com', // the Adobe Experience Cloud shell around Marketo
  '*.test', // lookalikes and neutral hosts for negative tests (RFC 2606 names)
  '*.example',
];

// A My Domain name, optionally "name--sandbox" and a sandbox/scratch/develop variant label.
const ORG = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.(?:sandbox|scratch|develop))?';

/** Host shapes of the real sites, for rows that accept any org or pod. */
export const HOSTS = {
  lightning: new RegExp(`^${ORG}\\.lightning\\.force\\.com$`),
  setup: new RegExp(`^${ORG}\\.my\\.salesforce-setup\\.com$`),
  marketoApp: /^app-[a-z0-9]+\.marketo\.com$/,
  adobeShell: 'experience.adobe.com',
};

/** Hosts that look like the real ones but are not; the extension must do nothing there. */
export const LOOKALIKE_HOSTS = {
  salesforce: 'acme.lightning.force.com.evil.test',
  marketo: 'app-ab12.marketo.com.evil.test',
  neutral: 'www.example.test',
};

const SALESFORCE_SETUP = [HOSTS.lightning, HOSTS.setup];
const SALESFORCE_LOGIN = ['login.salesforce.com', 'test.salesforce.com'];
/** An org's My Domain: production "acme.my.salesforce.com", sandbox "acme--uat.sandbox.my.salesforce.com". */
const MY_DOMAIN = new RegExp(`^${ORG}\\.my\\.salesforce\\.com$`);

/** @type {Array<import('./server.mjs').Route>} */
export const ROUTES = [
  // Salesforce Setup (Lightning), on both hosts Setup is served from.
  // The app forms, detail pages, verification and consumer details (salesforce-routes.mjs).
  ...SALESFORCE_ROUTES,

  // Marketo Engage classic: one single-page app per pod; pages are hash routes inside it.
  // Variants (sandbox-variant, comma-separated): "de" German UI, "basic" basic authentication.
  {
    name: 'marketo/classic-app',
    host: HOSTS.marketoApp,
    path: '/',
    handler: async (_req, res, { variant }) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(await marketoClassicApp(variant));
    },
  },
  // Pages customers author on the app host itself (landing pages, files): not the admin application.
  { name: 'marketo/customer-page', host: HOSTS.marketoApp, path: /^\/(?:lp|rs)\//, file: 'marketo/customer-page.html' },
  // Marketo's OAuth redirect page, where Salesforce sends the popup after Allow.
  { name: 'marketo/oauth-redirect', host: 'app.marketo.com', path: '/salesforce/getSfdcOAuthTokensRedirect', file: 'marketo/oauth-redirect.html' },

  // Marketo's OAuth window (salesforce-oauth.mjs): authorize, log in and Use Custom Domain on the
  // login hosts; log in, allow and errors on the org's My Domain. Verification is Setup's own page.
  { name: 'salesforce-login/authorize', host: SALESFORCE_LOGIN, path: '/services/oauth2/authorize', handler: oauth.authorize },
  { name: 'salesforce-login/login', host: [...SALESFORCE_LOGIN, MY_DOMAIN], path: '/', handler: oauth.login },
  { name: 'salesforce-login/custom-domain', host: SALESFORCE_LOGIN, path: '/_sandbox/custom-domain', handler: oauth.customDomain },
  { name: 'salesforce-login/approve', host: MY_DOMAIN, path: '/setup/secur/RemoteAccessAuthorizationPage.apexp', handler: oauth.approve },
  { name: 'salesforce-login/error', host: [...SALESFORCE_LOGIN, MY_DOMAIN], path: '/setup/secur/RemoteAccessErrorPage.apexp', handler: oauth.oauthError },

  // Adobe Experience Cloud shell: routes by hash, frames the Marketo app.
  { name: 'adobe/experience-cloud', host: HOSTS.adobeShell, path: '/', file: 'adobe/experience-cloud.html' },

  // Lookalikes: real replica pages on hosts that are not Salesforce or Marketo.
  {
    name: 'lookalike/app-manager',
    host: [LOOKALIKE_HOSTS.salesforce, LOOKALIKE_HOSTS.neutral],
    path: '/lightning/setup/NavigationMenus/home',
    file: 'salesforce/app-manager.html',
  },
  {
    // The consumer details page where no Setup is: a lookalike and a Visualforce-like host.
    name: 'lookalike/consumer-details',
    host: [LOOKALIKE_HOSTS.salesforce, 'acme--c.vf.force.com'],
    path: CONSUMER_PATH,
    handler: consumerDetailsHandler,
  },
  { name: 'lookalike/marketo', host: LOOKALIKE_HOSTS.marketo, path: '/', file: 'marketo/classic-app.html' },
  { name: 'lookalike/marketo-frame', host: LOOKALIKE_HOSTS.marketo, path: '/framed', file: 'bench/lookalike-frame.html' },

  // The benchmark's heavy Setup page (test/benchmark): not part of the journey; it frames classic lists.
  { name: 'benchmark/heavy-setup', host: [HOSTS.lightning, HOSTS.setup], path: '/lightning/setup/BenchHeavyPage/home', file: 'benchmark/heavy-setup.html' },
  { name: 'benchmark/heavy-frame', host: /^[a-z0-9-]+\.my\.salesforce\.com$/, path: '/_benchmark/heavy-frame', file: 'benchmark/heavy-frame.html' },

  // Every site has a favicon; without one, Chromium logs a 404 that would spoil clean-console checks.
  { name: 'favicon', host: '*', path: '/favicon.ico', handler: (req, res) => res.writeHead(204).end() },

  // Bench pages, on every host: probes of the browser itself rather than replicas.
  { name: 'bench/popup-probe', host: '*', path: '/_bench/popup-probe', file: 'bench/popup-probe.html' },
];

/** The page that the bench's default walk and examples use. */
export const EXAMPLES = {
  appManager: 'https://acme.lightning.force.com/lightning/setup/NavigationMenus/home',
  appManagerOnSetupHost: 'https://acme.my.salesforce-setup.com/lightning/setup/NavigationMenus/home',
  marketoAdmin: 'https://app-ab12.marketo.com/#MM0A1',
  marketoSyncWithSalesforce: 'https://app-ab12.marketo.com/#SF0A1',
  marketoOAuthCallback: 'https://app.marketo.com/salesforce/getSfdcOAuthTokensRedirect',
  adobeMarketo: 'https://experience.adobe.com/#/@acmecorp/so:123-ABC-456/marketo-engage/classic/',
};
