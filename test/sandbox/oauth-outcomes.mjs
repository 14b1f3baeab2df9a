// What Salesforce decides when Marketo's "Login with Salesforce" asks to authorise an app, from
// the app Salesforce knows: the one the Salesforce replicas saved in this sandbox
// (./salesforce-state.mjs, keyed by the server's port), or one a test seeds to reach a case the
// forms cannot make (an uninstalled or blocked app). With neither, any key with Marketo's callback
// passes, so that the Marketo pages can be tried on their own.

import { appsOnPort } from './salesforce-state.mjs';

/**
 * @typedef {{ key: string, callbackUrl: string, pkce?: boolean, installed?: boolean, blocked?: boolean }} SeededApp
 * @typedef {{ error: string, description: string }} OAuthError
 * @typedef {{ clientId: string, port: number }} AppRequest
 */

/** @type {SeededApp | null} */
let seeded = null;

/** The app Salesforce knows, as a test sets it up; null forgets it. @param {SeededApp | null} app */
export function seedSalesforceApp(app) {
  seeded = app ? { ...app } : null;
}

/** Every app Salesforce knows in the sandbox on `port`: the seed wins over the saved forms. */
function knownApps(/** @type {number} */ port) {
  if (seeded) return [seeded];
  return appsOnPort(port).map((app) => ({ key: app.consumerKey, callbackUrl: app.callbackUrl, pkce: app.pkce }));
}

/** @param {AppRequest} request */
function appFor({ clientId, port }) {
  return knownApps(port).find((app) => app.key === clientId);
}

/** Salesforce's verdict on /services/oauth2/authorize, before anyone signs in. */
export function authorizeOutcome(/** @type {AppRequest & { redirectUri: string }} */ request) {
  if (knownApps(request.port).length === 0) return null;
  const app = appFor(request);
  if (!app) return { error: 'invalid_client_id', description: 'client identifier invalid' };
  if (request.redirectUri !== app.callbackUrl) return { error: 'redirect_uri_mismatch', description: 'redirect_uri must match configuration' };
  return null;
}

/** Salesforce's verdict once the user has signed in and verified, before the approval page. */
export function approvalOutcome(/** @type {AppRequest} */ request) {
  const app = appFor(request);
  if (app?.installed === false) return { error: 'invalid_client', description: 'app must be installed into org' };
  if (app?.blocked) return { error: 'OAUTH_APP_BLOCKED', description: 'this app is blocked by admin' };
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
