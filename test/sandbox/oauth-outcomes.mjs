// What Salesforce decides when Marketo's "Login with Salesforce" asks to authorise an app, from
// the app Salesforce knows: the one the Salesforce replicas saved in this sandbox
// (./salesforce-state.mjs, keyed by the server's port), or one a test seeds to reach a case the
// forms cannot make (an uninstalled or blocked app, an org's policies). With neither, any key with
// Marketo's callback passes, so that the Marketo pages can be tried on their own.
//
// Orgs follow the user who signs in, as Salesforce names them: "marketo.sync@acme.com" is in the
// production org acme (https://acme.my.salesforce.com), "marketo.sync@acme.com.uat" in its sandbox
// uat (https://acme--uat.sandbox.my.salesforce.com): sandboxes append their name to user names.

import { appsOnPort } from './salesforce-state.mjs';

/**
 * @typedef {{
 *   key: string,
 *   callbackUrl: string,
 *   org?: string,
 *   kind?: 'eca' | 'connected-app',
 *   pkce?: boolean,
 *   installed?: boolean,
 *   blocked?: boolean,
 *   adminApprovedOnly?: boolean,
 *   preAuthorized?: boolean,
 *   preventLoginHost?: boolean,
 * }} SeededApp
 *   org: the My Domain name of the org the app was made in ("acme", "acme--uat"; default "acme");
 *   kind: an External Client App exists only in its org; a Connected App's key is known in others
 *   too (default "connected-app"); adminApprovedOnly: Permitted Users is "Admin approved users
 *   are pre-authorized" and the sync user is not among them; preAuthorized: the sync user is, so
 *   Salesforce skips the Allow page; preventLoginHost: the org refuses sign-in on the login hosts.
 * @typedef {{ error: string, description: string }} OAuthError
 * @typedef {{ clientId: string, port: number }} AppRequest
 * @typedef {{ org: string, sandbox: boolean, host: string }} UserOrg
 */

/** @type {SeededApp | null} */
let seeded = null;

/** The app Salesforce knows, as a test sets it up; null forgets it. @param {SeededApp | null} app */
export function seedSalesforceApp(app) {
  seeded = app ? { ...app } : null;
}

/** Every app Salesforce knows in the sandbox on `port`: the seed wins over the saved forms. */
function knownApps(/** @type {number} */ port) {
  if (seeded) return [{ org: 'acme', kind: 'connected-app', ...seeded }];
  return appsOnPort(port).map((app) => ({ key: app.consumerKey, callbackUrl: app.callbackUrl, pkce: app.pkce, org: app.org, kind: app.kind }));
}

/** @param {AppRequest} request */
function appFor({ clientId, port }) {
  return knownApps(port).find((app) => app.key === clientId);
}

/**
 * The org of a user name: the domain's first label, and a sandbox when a sandbox name follows the
 * domain ("@acme.com.uat"). @param {string} user @returns {UserOrg}
 */
export function orgOfUser(user) {
  const labels = (user.split('@')[1] ?? 'acme.com').toLowerCase().split('.');
  const name = labels[0].replace(/[^a-z0-9-]/g, '') || 'acme';
  const sandbox = labels.length > 2 ? labels[labels.length - 1].replace(/[^a-z0-9]/g, '') : '';
  if (sandbox) return { org: `${name}--${sandbox}`, sandbox: true, host: `${name}--${sandbox}.sandbox.my.salesforce.com` };
  return { org: name, sandbox: false, host: `${name}.my.salesforce.com` };
}

/** The org's My Domain name a My Domain host belongs to. @param {string} host */
export function orgOfHost(host) {
  return host.split('.')[0];
}

/** Salesforce's verdict on /services/oauth2/authorize, before anyone signs in. */
export function authorizeOutcome(/** @type {AppRequest & { redirectUri: string }} */ request) {
  if (knownApps(request.port).length === 0) return null;
  const app = appFor(request);
  if (!app) return { error: 'invalid_client_id', description: 'client identifier invalid' };
  if (request.redirectUri !== app.callbackUrl) return { error: 'redirect_uri_mismatch', description: 'redirect_uri must match configuration' };
  return null;
}

/** Whether the org of the app asked for refuses sign-in on the login hosts. @param {AppRequest} request */
export function preventsLoginHost(request) {
  return Boolean(appFor(request)?.preventLoginHost);
}

/**
 * Salesforce's verdict once the user has signed in to `org` and verified, where the Allow page
 * would come: an error page, an error sent back to the callback, or the code at once.
 * @param {AppRequest} request @param {string} org
 * @returns {{ page: OAuthError } | { callback: OAuthError } | { skipAllow: true } | null}
 */
export function approvalOutcome(request, org) {
  const app = appFor(request);
  if (!app) return null;
  if (app.kind === 'eca' && app.org !== org) return { page: { error: 'OAUTH_EC_APP_NOT_FOUND', description: 'External client app is not installed in this org' } };
  if (app.installed === false) return { page: { error: 'invalid_client', description: 'app must be installed into org' } };
  if (app.blocked) return { callback: { error: 'OAUTH_APP_BLOCKED', description: 'this app is blocked by admin' } };
  if (app.adminApprovedOnly) return { callback: { error: 'invalid_app_access', description: 'user is not admin approved to access this app' } };
  if (app.preAuthorized) return { skipAllow: true };
  return null;
}

/**
 * Salesforce's verdict on the authorisation code Marketo exchanges after Allow. The replica shows
 * it on Salesforce's error page in the popup; the real Marketo reports it in its own words.
 */
export function tokenOutcome(/** @type {AppRequest} */ request) {
  if (appFor(request)?.pkce) return { error: 'invalid_grant', description: 'invalid code verifier' };
  return null;
}
