// Salesforce's side of Marketo's "Login with Salesforce" popup on login.salesforce.com (and
// test.salesforce.com): authorize, the login page, identity verification, the approval page,
// the error page; and Marketo's redirect page that receives the code. What Salesforce decides
// comes from ./oauth-outcomes.mjs.
//
// A sign-in is a "flow" kept in memory, named in the URLs like Salesforce's own startURL and
// source parameters. Passwords and verification codes are read and dropped, never kept or logged.

import { randomBytes } from 'node:crypto';
import { readReplica } from './replicas.mjs';
import { approvalOutcome, authorizeOutcome, tokenOutcome } from './oauth-outcomes.mjs';

/** @typedef {{ clientId: string, redirectUri: string, state: string, port: number, user?: string }} Flow */

/** @type {Map<string, Flow>} */
const flows = new Map();

const APPROVAL_PATH = '/setup/secur/RemoteAccessAuthorizationPage.apexp';
const ERROR_PATH = '/setup/secur/RemoteAccessErrorPage.apexp';
const VERIFY_PATH = '/_ui/identity/verification/method/EmailVerificationFinishUi/pageverify';
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

/** GET shows the login form; POST signs in and asks for the emailed code. */
/** @type {import('./server.mjs').Route['handler']} */
export async function login(req, res, { url }) {
  if (req.method !== 'POST') return sendHtml(res, await page('salesforce-login/login.html', { startURL: url.searchParams.get('startURL') ?? '' }));
  const form = await formBody(req);
  const startUrl = new URL(form.get('startURL') ?? '/', url);
  const found = flowOf(startUrl.searchParams);
  const user = (form.get('username') ?? '').trim();
  if (!found || !user) return redirect(res, '/');
  found.flow.user = user;
  redirect(res, `${VERIFY_PATH}?flow=${found.id}`);
}

/** @type {import('./server.mjs').Route['handler']} */
export async function verify(req, res, { url }) {
  const found = flowOf(url.searchParams);
  if (!found?.flow.user) return redirect(res, '/');
  if (req.method !== 'POST') {
    const [name, domain] = found.flow.user.split('@');
    return sendHtml(res, await page('salesforce-login/verify.html', { maskedEmail: `${name[0]}*****@${domain ?? ''}`, action: `${VERIFY_PATH}?flow=${found.id}` }));
  }
  const code = (await formBody(req)).get('emc') ?? '';
  if (!/^\d{6}$/.test(code.trim())) return redirect(res, `${VERIFY_PATH}?flow=${found.id}`);
  const problem = approvalOutcome(found.flow);
  redirect(res, problem ? errorPageUrl(problem) : `${APPROVAL_PATH}?source=${found.id}`);
}

/** @type {import('./server.mjs').Route['handler']} */
export async function approve(req, res, { url }) {
  const found = flowOf(url.searchParams);
  if (!found?.flow.user) return redirect(res, '/');
  if (req.method !== 'POST') {
    return sendHtml(res, await page('salesforce-login/approve.html', { user: found.flow.user, appName: APP_NAME, action: `${APPROVAL_PATH}?source=${found.id}` }));
  }
  const form = await formBody(req);
  flows.delete(found.id);
  const back = new URL(found.flow.redirectUri);
  if (!form.has('oaapprove')) {
    back.search = new URLSearchParams({ error: 'access_denied', state: found.flow.state }).toString();
    return redirect(res, back.href);
  }
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
