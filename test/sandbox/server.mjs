// The sandbox: a loopback HTTPS server that answers for Salesforce, Marketo and Adobe hosts with
// replica pages, so the extension runs on its real match patterns without touching the internet.
//
// Chromium is pointed at it with --host-resolver-rules (see `hostResolverRules`): every replica
// host resolves to 127.0.0.1:<port>, and every other host fails to resolve. The browser still
// asks for https://acme.lightning.force.com/ on port 443 as far as the page can tell; the server
// tells the sites apart by the Host header.
//
// Run alone: `node test/sandbox/server.mjs [port]` prints the rules and serves until Ctrl+C.

import https from 'node:https';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureLwcBuild } from './lwc/build.mjs';
import { makeThrowawayCertificate } from './tls.mjs';
import { readReplica, replicaPath } from './replicas.mjs';
import { ROUTES, SANDBOX_HOST_PATTERNS } from './routes.mjs';

/**
 * @typedef {string | RegExp} Pattern
 * @typedef {{
 *   name: string,
 *   host: Pattern | Pattern[],
 *   path: Pattern,
 *   query?: Record<string, RegExp>,
 *   file?: string,
 *   handler?: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, context: RouteContext) => void | Promise<void>,
 *   variants?: Record<string, string>,
 * }} Route
 * @typedef {{ url: URL, host: string, variant: string | null, sendReplica: (file: string, status?: number) => Promise<void> }} RouteContext
 * @typedef {{ method: string, host: string, path: string, status: number, route: string | null }} LoggedRequest
 * @typedef {{
 *   port: number,
 *   origin: (host: string) => string,
 *   hostResolverRules: string,
 *   requests: LoggedRequest[],
 *   close: () => Promise<void>,
 * }} Sandbox
 */

/** Shared scripts and styles of the replicas, served on every host under this path. */
const ASSET_PREFIX = '/_replica/';
const ASSET_TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
};
const VARIANT_KNOB = 'sandbox-variant';

/**
 * Starts the sandbox on 127.0.0.1.
 * @param {{ port?: number }} [options] port 0 picks a free one
 * @returns {Promise<Sandbox>}
 */
export async function startSandbox({ port = 0 } = {}) {
  // The Lightning pages built from Salesforce's components: built once, then reused (lwc/build.mjs).
  await ensureLwcBuild();
  const { key, cert } = await makeThrowawayCertificate();
  /** @type {LoggedRequest[]} */
  const requests = [];
  const server = https.createServer({ key, cert }, (req, res) => {
    handle(req, res, requests).catch((error) => {
      console.error(`[sandbox] ${req.headers.host}${req.url}:`, error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('sandbox error');
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const actualPort = /** @type {import('node:net').AddressInfo} */ (server.address()).port;

  return {
    port: actualPort,
    origin: (host) => `https://${host}`,
    hostResolverRules: hostResolverRules(actualPort),
    requests,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * The --host-resolver-rules value that sends every replica host to the sandbox and makes every
 * other name fail (EXCLUDE keeps loopback itself reachable; exclusions win over MAP rules).
 * @param {number} port
 */
export function hostResolverRules(port) {
  return [
    ...SANDBOX_HOST_PATTERNS.map((pattern) => `MAP ${pattern} 127.0.0.1:${port}`),
    'MAP * ~NOTFOUND',
    'EXCLUDE 127.0.0.1',
    'EXCLUDE localhost',
  ].join(', ');
}

/**
 * The first route that serves this host and URL, or undefined.
 * @param {string} host lower-case, without port
 * @param {URL} url
 */
export function findRoute(host, url) {
  return ROUTES.find(
    (route) =>
      [route.host].flat().some((pattern) => matches(pattern, host, true)) &&
      matches(route.path, url.pathname) &&
      Object.entries(route.query ?? {}).every(([name, pattern]) =>
        pattern.test(url.searchParams.get(name) ?? ''),
      ),
  );
}

/** @param {Pattern} pattern @param {string} value @param {boolean} [wildcard] */
function matches(pattern, value, wildcard = false) {
  if (wildcard && pattern === '*') return true;
  return typeof pattern === 'string' ? pattern === value : pattern.test(value);
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {LoggedRequest[]} requests
 */
async function handle(req, res, requests) {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
  const url = new URL(req.url ?? '/', `https://${host}`);
  const route = url.pathname.startsWith(ASSET_PREFIX) ? null : findRoute(host, url);
  res.on('finish', () =>
    requests.push({ method: req.method ?? 'GET', host, path: req.url ?? '/', status: res.statusCode, route: route?.name ?? null }),
  );
  // Replicas change while one works on them; never let the browser keep an old copy.
  res.setHeader('cache-control', 'no-store');

  if (url.pathname.startsWith(ASSET_PREFIX)) return sendAsset(res, url.pathname.slice(ASSET_PREFIX.length));
  if (!route) return sendNotFound(res);

  const variant = url.searchParams.get(VARIANT_KNOB) ?? cookie(req, VARIANT_KNOB);
  /** @type {RouteContext} */
  const context = { url, host, variant, sendReplica: (file, status = 200) => sendReplica(res, file, status) };
  if (route.handler) return route.handler(req, res, context);
  return sendReplica(res, (variant && route.variants?.[variant]) || /** @type {string} */ (route.file));
}

/** @param {import('node:http').ServerResponse} res @param {string} file @param {number} [status] */
async function sendReplica(res, file, status = 200) {
  const html = await readReplica(file);
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
  res.end(html);
}

/** @param {import('node:http').ServerResponse} res @param {string} file */
async function sendAsset(res, file) {
  const type = ASSET_TYPES[/** @type {keyof typeof ASSET_TYPES} */ (path.extname(file))];
  let body;
  try {
    body = type ? await readFile(replicaPath(file)) : null;
  } catch {
    body = null;
  }
  if (!body) return sendNotFound(res);
  res.writeHead(200, { 'content-type': type });
  res.end(body);
}

/** @param {import('node:http').ServerResponse} res */
function sendNotFound(res) {
  res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
  res.end(
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>404 Not Found</title></head>' +
      '<body><h1>Not Found</h1><p>The requested URL was not found on this server.</p></body></html>',
  );
}

/** @param {import('node:http').IncomingMessage} req @param {string} name */
function cookie(req, name) {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}

// `node test/sandbox/server.mjs [port]`: serve for a browser started by hand.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sandbox = await startSandbox({ port: Number(process.argv[2] ?? 0) });
  console.log(`Sandbox on 127.0.0.1:${sandbox.port}. Start Chromium with:`);
  console.log(`  --ignore-certificate-errors --host-resolver-rules="${sandbox.hostResolverRules}"`);
  process.on('SIGINT', () => sandbox.close().then(() => process.exit(0)));
}
