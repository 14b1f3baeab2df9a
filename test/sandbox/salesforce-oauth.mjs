// Salesforce's side of Marketo's "Login with Salesforce" window, as docs/oauth-window.md
// describes it: authorize and the login page on login.salesforce.com (or
// test.salesforce.com), then identity verification, the approval page and the error page on the
// org's own My Domain (production https://acme.my.salesforce.com, enhanced-domain sandbox
// https://acme--uat.sandbox.my.salesforce.com). Orgs that refuse the login host send the admin to
// "Use Custom Domain", and the sign-in continues on My Domain. Verification is Setup's own page
// (salesforce-routes.mjs), with the approval page as its retURL. What Salesforce decides comes
// from ./oauth-outcomes.mjs: an error page, an error sent back to Marketo's callback, or no Allow
// page at all for pre-authorised users.
//
// A sign-in is a "flow" kept in memory, named in the URLs like Salesforce's own startURL and
// source parameters. Passwords and verification codes are read and dropped, never kept or logged.

import { randomBytes } from 'node:crypto';
import { readReplica } from './replicas.mjs';
import { approvalOutcome, authorizeOutcome, orgOfHost, orgOfUser, preventsLoginHost, tokenOutcome } from './oauth-outcomes.mjs';

/** @typedef {{ clientId: string, redirectUri: string, state: string, port: number, user?: string, org?: string }} Flow */

/** @type {Map<string, Flow>} */
const flows = new Map();

const APPROVAL_PATH = '/setup/secur/RemoteAccessAuthorizationPage.apexp';
const ERROR_PATH = '/setup/secur/RemoteAccessErrorPage.apexp';
const VERIFY_PATH = '/_ui/identity/verification/method/EmailVerificationFinishUi/e';
const LOGIN_HOSTS = ['login.salesforce.com', 'test.salesforce.com'];
const APP_NAME = 'Marketo Sync';

/** @param {string} text */
const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** @param {string} file @param {Record<string, string>} values */
async function page(file, values) {
  const html = await readReplica(file);
  return html.replace(/\{\{(\w+)\}\}/g, (_, name) => escapeHtml(values[name] ?? ''));
}

/** @param {import('node:http').ServerResponse} res @param {string} html */
function sendHtml(res, html) {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(html);
}

/** @param {import('node:http').ServerResponse} res @param {string} location */
function redirect(res, location) {
  res.writeHead(302, { location }).end();
}

/** @param {{ error: string, description: string }} problem */
function errorPageUrl({ error, description }) {
  return `${ERROR_PATH}?${new URLSearchParams({ error, error_description: description })}`;
}

/** @param {import('node:http').IncomingMessage} req @returns {Promise<URLSearchParams>} */
async function formBody(req) {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 10_000) break;
  }
  return new URLSearchParams(body);
}

/** @param {URLSearchParams} params */
const flowOf = (params) => {
  const id = params.get('source') ?? params.get('flow') ?? '';
  const flow = flows.get(id);
  return flow ? { id, flow } : null;
};

/** @type {import('./server.mjs').Route['handler']} */
export async function authorize(req, res, { url }) {
  const clientId = url.searchParams.get('client_id') ?? '';
  const redirectUri = url.searchParams.get('redirect_uri') ?? '';
  // One sandbox is one port: the apps its Salesforce replicas saved are kept under it.
  const port = req.socket.localPort ?? 0;
  const problem = authorizeOutcome({ clientId, redirectUri, port });
  if (problem) return redirect(res, errorPageUrl(problem));
  const id = randomBytes(12).toString('hex');
  flows.set(id, { clientId, redirectUri, state: url.searchParams.get('state') ?? '', port });
  redirect(res, `/?${new URLSearchParams({ ec: '302', startURL: `${APPROVAL_PATH}?source=${id}` })}`);
}

/** The login page with an optional error; `customDomain` links to the Use Custom Domain form. */
async function loginPage(/** @type {string} */ startURL, error = '') {
  return page('salesforce-login/login.html', {
    startURL,
    error,
    customDomainHref: `/_sandbox/custom-domain?${new URLSearchParams({ startURL })}`,
  });
}

/**
 * GET shows the login form; POST signs in and asks for the emailed code, on the org's My Domain.
 * On a login host, an org that refuses it answers with the login page and its error.
 * @type {import('./server.mjs').Route['handler']}
 */
export async function login(req, res, { url, host }) {
  if (req.method !== 'POST') return sendHtml(res, await loginPage(url.searchParams.get('startURL') ?? ''));
  const form = await formBody(req);
  const startURL = form.get('startURL') ?? '/';
  const found = flowOf(new URL(startURL, url).searchParams);
  const user = (form.get('username') ?? '').trim();
  if (!found || !user) return redirect(res, '/');
  const onLoginHost = LOGIN_HOSTS.includes(host);
  if (onLoginHost && preventsLoginHost(found.flow)) {
    return sendHtml(res, await loginPage(startURL, 'You can’t log in to your company’s Salesforce org from this page. Use your company’s custom domain to log in.'));
  }
  found.flow.user = user;
  found.flow.org = onLoginHost ? orgOfUser(user).org : orgOfHost(host);
  const myDomain = onLoginHost ? `https://${orgOfUser(user).host}` : '';
  redirect(res, `${myDomain}${VERIFY_PATH}?${new URLSearchParams({ retURL: `${APPROVAL_PATH}?source=${found.id}` })}`);
}

/** "Use Custom Domain": the form, and where it leads (the org's My Domain, with the same startURL). */
/** @type {import('./server.mjs').Route['handler']} */
export async function customDomain(_req, res, { url }) {
  const startURL = url.searchParams.get('startURL') ?? '';
  const domain = (url.searchParams.get('domain') ?? '').trim().toLowerCase();
  if (!/^[a-z0-9-]+(?:\.sandbox)?$/.test(domain)) return sendHtml(res, await page('salesforce-login/custom-domain.html', { startURL }));
  redirect(res, `https://${domain}.my.salesforce.com/?${new URLSearchParams({ startURL })}`);
}

/** The approval page, or what Salesforce does instead of it. @type {import('./server.mjs').Route['handler']} */
export async function approve(req, res, { url, host }) {
  const found = flowOf(url.searchParams);
  if (!found?.flow.user || found.flow.org !== orgOfHost(host)) return redirect(res, '/');
  const back = new URL(found.flow.redirectUri);
  if (req.method !== 'POST') {
    const outcome = approvalOutcome(found.flow, found.flow.org);
    if (outcome && 'page' in outcome) return redirect(res, errorPageUrl(outcome.page));
    if (outcome && 'callback' in outcome) {
      flows.delete(found.id);
      back.search = new URLSearchParams({ error: outcome.callback.error, error_description: outcome.callback.description, state: found.flow.state }).toString();
      return redirect(res, back.href);
    }
    if (!outcome) {
      return sendHtml(res, await page('salesforce-login/approve.html', { user: found.flow.user, appName: APP_NAME, action: `${APPROVAL_PATH}?source=${found.id}` }));
    }
    // Pre-authorised: no Allow page, the code goes straight back to Marketo.
  } else if (!(await formBody(req)).has('oaapprove')) {
    flows.delete(found.id);
    back.search = new URLSearchParams({ error: 'access_denied', error_description: 'end-user denied authorization', state: found.flow.state }).toString();
    return redirect(res, back.href);
  }
  flows.delete(found.id);
  const problem = tokenOutcome(found.flow);
  if (problem) return redirect(res, errorPageUrl(problem));
  back.search = new URLSearchParams({ code: randomBytes(16).toString('base64url'), state: found.flow.state }).toString();
  redirect(res, back.href);
}

/** @type {import('./server.mjs').Route['handler']} */
export async function oauthError(_req, res, { url }) {
  sendHtml(res, await page('salesforce-login/error.html', {
    error: url.searchParams.get('error') ?? 'unknown_error',
    description: url.searchParams.get('error_description') ?? '',
  }));
}
