// What the Salesforce replicas saved, held in memory per sandbox instance and per org, so that the
// detail pages show what the forms saved and the Marketo replicas can check the key and callback
// URL an OAuth request brings. One sandbox is one server port: state is keyed by that port, which
// both a route handler (req.socket.localPort) and a test (sandbox.port) know.
//
// For tests:
//   savedApps(sandbox)                    every app saved in that sandbox, oldest first
//   appByKey(sandbox, consumerKey)        the app with that consumer key, or undefined
//   updateApp(sandbox, id, changes)       change a saved app, e.g. { callbackUrl: 'https://wrong' }
//   seedApp(sandbox, org, fields)         an app that exists before the test starts

import { randomBytes } from 'node:crypto';

/**
 * @typedef {{
 *   id: string,
 *   org: string,
 *   kind: 'eca' | 'connected-app',
 *   name: string,
 *   email: string,
 *   distributionState?: string,
 *   callbackUrl: string,
 *   scopes: string[],
 *   pkce: boolean,
 *   requireSecretForWebServerFlow: boolean,
 *   requireSecretForRefreshTokenFlow: boolean,
 *   flowsEnabled: string[],
 *   consumerKey: string,
 *   consumerSecret: string,
 * }} SavedApp
 */

/** @type {Map<number, SavedApp[]>} */
const byPort = new Map();

const KEY_CHARACTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._';

/** "3MVG9" and 80 characters, the shape Salesforce's keys have (docs/journey.md, "The consumer key and secret"). */
function newConsumerKey() {
  return '3MVG9' + [...randomBytes(80)].map((byte) => KEY_CHARACTERS[byte % KEY_CHARACTERS.length]).join('');
}

/** 15-character record id with the object's key prefix (06P connected app, 0xI external client app). */
function newRecordId(prefix) {
  return prefix + randomBytes(6).toString('hex').slice(0, 12).toUpperCase();
}

/** @param {number} port */
export function appsOnPort(port) {
  let apps = byPort.get(port);
  if (!apps) byPort.set(port, (apps = []));
  return apps;
}

/**
 * Saves an app as Salesforce would: with a new id, consumer key and 64-hex secret.
 * @param {number} port
 * @param {string} org
 * @param {Partial<SavedApp> & { kind: SavedApp['kind'] }} fields
 * @returns {SavedApp}
 */
export function saveApp(port, org, fields) {
  /** @type {SavedApp} */
  const app = {
    name: '',
    email: '',
    callbackUrl: '',
    scopes: [],
    pkce: false,
    requireSecretForWebServerFlow: false,
    requireSecretForRefreshTokenFlow: false,
    flowsEnabled: [],
    ...fields,
    id: newRecordId(fields.kind === 'eca' ? '0xI' : '06P'),
    org,
    consumerKey: newConsumerKey(),
    consumerSecret: randomBytes(32).toString('hex').toUpperCase(),
  };
  appsOnPort(port).push(app);
  return app;
}

/** @param {number} port @param {string} id */
export function appOnPort(port, id) {
  return appsOnPort(port).find((app) => app.id === id);
}

/** @param {{ port: number }} sandbox */
export function savedApps(sandbox) {
  return [...appsOnPort(sandbox.port)];
}

/** @param {{ port: number }} sandbox @param {string} consumerKey */
export function appByKey(sandbox, consumerKey) {
  return appsOnPort(sandbox.port).find((app) => app.consumerKey === consumerKey);
}

/** @param {{ port: number }} sandbox @param {string} id @param {Partial<SavedApp>} changes */
export function updateApp(sandbox, id, changes) {
  const app = appOnPort(sandbox.port, id);
  if (!app) throw new Error(`No saved app ${id}`);
  Object.assign(app, changes, { id: app.id, org: app.org });
  return app;
}

/** @param {{ port: number }} sandbox @param {string} org @param {Partial<SavedApp> & { kind: SavedApp['kind'] }} fields */
export function seedApp(sandbox, org, fields) {
  return saveApp(sandbox.port, org, fields);
}
