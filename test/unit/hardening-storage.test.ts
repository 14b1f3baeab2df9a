// Hardening (issue 5): corrupt or foreign values in every storage key the extension uses
// (lib/storage.ts KEYS: progress, settings, notices, keptSecret in storage.local; secret and
// keptSecretKey in storage.session). Reading gives the clean default, leaves the notice the
// product defines for that key, and never throws.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadJourneyState } from '../../components/popup/useJourneyState';
import { initialProgress } from '../../lib/journey/reducer';
import { keepIfEnabled, readKeepingState } from '../../lib/kept-secret';
import { PROGRESS_VERSION, SETTINGS_VERSION, type NoticeId } from '../../lib/schema';
import {
  KEYS,
  addNotice,
  defaultSettings,
  readKeptSecret,
  readNotices,
  readProgress,
  readProgressRepairing,
  readSecret,
  readSettings,
  readSettingsRepairing,
  writeSettings,
} from '../../lib/storage';
import { HEX_SECRET, KEY, MARKETO, SETUP, ask, frame, named, popup } from './hardening-cases';

type Junk = { name: string; value: unknown };

function deeplyNested(levels: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i++) value = { junk: [value, i] };
  return value;
}

/** Values that are no record of this extension at all; every key gets them. */
const ANY_KEY: Junk[] = [
  { name: 'null', value: null },
  { name: 'a number', value: 42 },
  { name: 'zero', value: 0 },
  { name: 'false', value: false },
  { name: 'a string', value: 'garbage' },
  { name: 'an empty string', value: '' },
  { name: 'an array', value: [1, 'two', { three: 3 }] },
  { name: 'an empty object', value: {} },
  { name: 'an object of another extension', value: { foo: 'bar', enabled: true } },
  { name: 'deeply nested junk', value: deeplyNested(500) },
  { name: 'a huge string (5 MB)', value: 'x'.repeat(5_000_000) },
  { name: 'an object with a __proto__ key', value: JSON.parse('{"__proto__":{"polluted":true},"version":1}') },
];

const cases = (specific: Junk[]) => named([...ANY_KEY, ...specific]);

afterEach(() => {
  vi.restoreAllMocks();
  // A "__proto__" key in storage must not have reached Object.prototype.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

beforeEach(() => fakeBrowser.reset());

type Area = 'local' | 'session';
type Keys = string | string[] | Record<string, unknown> | null | undefined;

/**
 * Puts values into storage as they would lie there. Chrome keeps a value of null; the fake
 * browser deletes the key instead, so null values are answered by the fake's get until the key
 * is written or removed.
 */
async function store(area: Area, values: Record<string, unknown>): Promise<void> {
  const storage = fakeBrowser.storage[area];
  const nulls = new Set(Object.keys(values).filter((key) => values[key] === null));
  await storage.set(Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null)));
  if (nulls.size === 0) return;
  await storage.remove([...nulls]);
  const { get, set, remove } = { get: storage.get.bind(storage), set: storage.set.bind(storage), remove: storage.remove.bind(storage) };
  const asked = (keys: Keys): string[] =>
    keys == null ? [...nulls] : typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys);
  vi.spyOn(storage, 'get').mockImplementation((async (keys: Keys) => {
    const result = await get(keys as never);
    for (const key of asked(keys)) if (nulls.has(key) && result[key] === undefined) result[key] = null;
    return result;
  }) as typeof storage.get);
  vi.spyOn(storage, 'set').mockImplementation((async (items: Record<string, unknown>) => {
    for (const key of Object.keys(items)) nulls.delete(key);
    return set(items);
  }) as typeof storage.set);
  vi.spyOn(storage, 'remove').mockImplementation((async (keys: string | string[]) => {
    for (const key of [keys].flat()) nulls.delete(key);
    return remove(keys);
  }) as typeof storage.remove);
}

const localValue = async (key: string) => (await browser.storage.local.get(key))[key];
const sessionValue = async (key: string) => (await browser.storage.session.get(key))[key];

// ---------------------------------------------------------------------------------------------

const progress = (change: Record<string, unknown>) => ({ ...initialProgress(), ...change });

const PROGRESS_JUNK: Junk[] = [
  { name: 'an older version (0)', value: progress({ version: 0 }) },
  { name: 'the next version', value: progress({ version: PROGRESS_VERSION + 1, checklistV2: { items: [] } }) },
  { name: 'a far future version', value: progress({ version: 99 }) },
  { name: 'a version as a string', value: progress({ version: String(PROGRESS_VERSION) }) },
  { name: 'a fractional version', value: progress({ version: 0.5 }) },
  { name: 'an unknown path', value: progress({ path: 'sideways' }) },
  { name: 'a milestone time that is not a number', value: progress({ seen: { 'sf-app-manager': 'yesterday' } }) },
  { name: 'deeply nested junk as the milestones', value: progress({ seen: deeplyNested(200) }) },
  { name: 'an approval user name of 100,000 characters', value: progress({ approvalUser: 'x'.repeat(100_000) }) },
  // Parse as version 1, but are no value this extension would ever have written.
  { name: 'a learned Salesforce host outside the consoles', value: progress({ hosts: { salesforce: 'https://evil.test' } }) },
  { name: 'a learned Marketo host that is a lookalike', value: progress({ hosts: { marketo: 'https://app-ab12.marketo.com.evil.test' } }) },
  { name: 'a learned host that is a script URL', value: progress({ hosts: { salesforce: 'javascript:alert(1)' } }) },
  { name: 'a learned host with a path', value: progress({ hosts: { salesforce: 'https://acme.lightning.force.com/lightning/setup/' } }) },
  { name: 'a learned Salesforce host over http', value: progress({ hosts: { salesforce: 'http://acme.lightning.force.com' } }) },
  { name: 'a held consumer key that is markup', value: progress({ consumerKey: '<img src=x onerror=alert(1)>', credentialSource: 'pasted' }) },
  { name: 'a held consumer key that is a secret', value: progress({ consumerKey: HEX_SECRET, credentialSource: 'captured' }) },
  { name: 'a held consumer key with a line break inside', value: progress({ consumerKey: `${KEY.slice(0, 40)}\n${KEY.slice(40)}`, credentialSource: 'pasted' }) },
];

describe(`progress (storage.local "${KEYS.progress}")`, () => {
  it.each(cases(PROGRESS_JUNK))('holding %s reads as a fresh start with a notice', async (_name, { value }) => {
    await store('local', { [KEYS.progress]: value });
    // The popup's read: the clean default, no repair of its own.
    expect(await readProgress()).toEqual(initialProgress());
    // The background's read, as a Setup page asking for its guide.
    const context = await ask({ kind: 'guide-context' }, frame(SETUP));
    expect(context?.progress).toEqual(initialProgress());
    expect(await localValue(KEYS.progress)).toEqual(initialProgress());
    expect(await readNotices()).toEqual(['progress-reset']);
  });

  it.each(cases(PROGRESS_JUNK))('holding %s fills nothing into Marketo', async (_name, { value }) => {
    await ask({ kind: 'paste-credentials', key: KEY, secret: HEX_SECRET }, popup());
    await store('local', { [KEYS.progress]: value });
    expect(await ask({ kind: 'secret-for-fill' }, frame(MARKETO))).toEqual({});
  });

  it('keeps a record that is only missing nothing and adds fields it does not know', async () => {
    const learned = progress({ hosts: { salesforce: 'https://acme.lightning.force.com' }, consumerKey: KEY, credentialSource: 'pasted' });
    await store('local', { [KEYS.progress]: { ...learned, addedByANewerBuild: true } });
    expect(await readProgressRepairing()).toEqual(learned);
    expect(await readNotices()).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------

const settings = (change: Record<string, unknown>) => ({ ...defaultSettings(), ...change });

const SETTINGS_JUNK: Junk[] = [
  { name: 'an older version (0)', value: settings({ version: 0 }) },
  { name: 'a future version', value: settings({ version: SETTINGS_VERSION + 1, theme: 'dark' }) },
  { name: 'an empty app name', value: settings({ appName: '   ' }) },
  { name: 'an app name of 100,000 characters', value: settings({ appName: 'x'.repeat(100_000) }) },
  { name: 'a contact address that is no email address', value: settings({ contactEmail: 'admin at acme' }) },
  { name: 'a Salesforce address that is no URL', value: settings({ salesforceOrigin: 'acme' }) },
  { name: 'PKCE as a string', value: settings({ pkce: 'false' }) },
  { name: 'keeping the secret as a number', value: settings({ keepSecret: 1 }) },
  { name: 'deeply nested junk as the app name', value: settings({ appName: deeplyNested(200) }) },
];

describe(`settings (storage.local "${KEYS.settings}")`, () => {
  it.each(cases(SETTINGS_JUNK))('holding %s reads as the defaults with a notice', async (_name, { value }) => {
    await store('local', { [KEYS.settings]: value });
    expect(await readSettings()).toEqual(defaultSettings());
    const context = await ask({ kind: 'guide-context' }, frame(SETUP));
    expect(context?.settings).toEqual(defaultSettings());
    expect(await localValue(KEYS.settings)).toEqual(defaultSettings());
    expect(await readNotices()).toEqual(['settings-reset']);
  });
});

// ---------------------------------------------------------------------------------------------

const NOTICES_JUNK: Junk[] = [
  { name: 'an unknown notice', value: ['no-such-notice'] },
  { name: 'a known notice beside one from a future version', value: ['progress-reset', 'from-the-future'] },
  { name: 'a notice as a number', value: [1] },
  { name: 'a notice inside a nested list', value: [['progress-reset']] },
  { name: 'more notices than there are kinds', value: Array.from({ length: 50 }, () => 'progress-reset') },
  { name: 'a single notice not in a list', value: 'progress-reset' },
];

describe(`notices (storage.local "${KEYS.notices}")`, () => {
  // Notices are about unreadable storage; there is no notice about notices. An unreadable list
  // reads as none and is replaced by the next notice or by dismissing.
  it.each(cases(NOTICES_JUNK))('holding %s reads as no notices, and the next notice replaces it', async (_name, { value }) => {
    await store('local', { [KEYS.notices]: value });
    expect(await readNotices()).toEqual([]);
    expect((await loadJourneyState()).notices).toEqual([]);
    await addNotice('secret-gone');
    expect(await readNotices()).toEqual(['secret-gone']);
  });

  it.each(cases(NOTICES_JUNK))('holding %s is removed when the admin dismisses the notices', async (_name, { value }) => {
    await store('local', { [KEYS.notices]: value });
    expect(await ask({ kind: 'dismiss-notices' }, popup())).toEqual({ ok: true });
    expect(await localValue(KEYS.notices)).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------

const KEPT = { version: 1, salt: 'c2FsdHNhbHRzYWx0c2FsdA==', iv: 'aXZpdml2aXZpdml2', ciphertext: 'Y2lwaGVydGV4dA==', iterations: 600_000 };
const kept = (change: Record<string, unknown>) => ({ ...KEPT, ...change });

const KEPT_SECRET_JUNK: Junk[] = [
  { name: 'a future version', value: kept({ version: 2 }) },
  { name: 'too few iterations', value: kept({ iterations: 1_000 }) },
  { name: 'iterations as a string', value: kept({ iterations: '600000' }) },
  { name: 'an empty ciphertext', value: kept({ ciphertext: '' }) },
  { name: 'a ciphertext of 100,000 characters', value: kept({ ciphertext: 'A'.repeat(100_000) }) },
  { name: 'no salt', value: kept({ salt: undefined }) },
  { name: 'the secret in clear text instead', value: HEX_SECRET },
];

describe(`the kept secret (storage.local "${KEYS.keptSecret}")`, () => {
  it.each(cases(KEPT_SECRET_JUNK))('holding %s reads as nothing kept, is deleted and leaves a notice', async (_name, { value }) => {
    await store('local', { [KEYS.keptSecret]: value });
    expect((await loadJourneyState()).hasKeptSecret).toBe(false);
    expect(await readKeptSecret()).toBeUndefined();
    expect(await localValue(KEYS.keptSecret)).toBeUndefined();
    expect(await readNotices()).toEqual(['kept-secret-reset']);
  });
});

// ---------------------------------------------------------------------------------------------

const SECRET_JUNK: Junk[] = [
  { name: 'only whitespace', value: ' \n ' },
  { name: 'markup', value: '<b>secret</b>' },
  { name: 'a consumer key instead', value: KEY },
  { name: 'four characters', value: 'abcd' },
  { name: 'a secret with a line break inside', value: `${HEX_SECRET.slice(0, 32)}\n${HEX_SECRET.slice(32)}` },
  { name: 'a secret as an object', value: { secret: HEX_SECRET } },
];

describe(`the secret (storage.session "${KEYS.secret}")`, () => {
  // Its default is "not held"; the product's word for a held key without its secret is the
  // "secret-gone" attention on the credentials step, which tells the admin where to get it again.
  it.each(cases(SECRET_JUNK))('holding %s reads as no secret, gives nothing to fill and says it is gone', async (_name, { value }) => {
    await ask({ kind: 'paste-credentials', key: KEY, secret: HEX_SECRET }, popup());
    await store('session', { [KEYS.secret]: value });
    expect((await readSecret()) === undefined, 'no secret is held').toBe(true);
    expect((await loadJourneyState()).hasSecret).toBe(false);
    expect(await ask({ kind: 'secret-for-fill' }, frame(MARKETO))).toEqual({});
    const context = await ask({ kind: 'guide-context' }, frame(SETUP));
    expect(context?.checklist.items.find((item) => item.id === 'app-credentials')).toMatchObject({ status: 'attention', reason: 'secret-gone' });
  });
});

// ---------------------------------------------------------------------------------------------

const SESSION_KEY_JUNK: Junk[] = [
  { name: 'the right shape with key bytes that are no base64', value: { key: '!!!!', salt: 'c2FsdA==', iterations: 600_000 } },
  { name: 'the right shape with a key of the wrong length', value: { key: 'AAAA', salt: 'c2FsdA==', iterations: 600_000 } },
  { name: 'too few iterations', value: { key: 'A'.repeat(43) + '=', salt: 'c2FsdA==', iterations: 10 } },
  { name: 'a key of 100,000 characters', value: { key: 'A'.repeat(100_000), salt: 'c2FsdA==', iterations: 600_000 } },
];

describe(`the session key of a kept secret (storage.session "${KEYS.keptSecretKey}")`, () => {
  // No notice is defined: the options page shows keeping as locked and asks for the passphrase.
  it.each(cases(SESSION_KEY_JUNK))('holding %s reads as locked and is removed', async (_name, { value }) => {
    await writeSettings({ ...defaultSettings(), keepSecret: true });
    await store('session', { [KEYS.keptSecretKey]: value });
    expect(await readKeepingState()).toEqual({ enabled: true, unlocked: false, kept: false });
    expect(await sessionValue(KEYS.keptSecretKey)).toBeUndefined();
  });

  it.each(cases(SESSION_KEY_JUNK))('holding %s keeps no copy of a new secret with it', async (_name, { value }) => {
    await writeSettings({ ...defaultSettings(), keepSecret: true });
    await store('session', { [KEYS.keptSecretKey]: value });
    expect(await keepIfEnabled(HEX_SECRET)).toBe(false);
    expect(await localValue(KEYS.keptSecret)).toBeUndefined();
    expect(await sessionValue(KEYS.keptSecretKey)).toBeUndefined();
  });

  it.each(cases(SESSION_KEY_JUNK))('holding %s does not stop a paste from being held', async (_name, { value }) => {
    await writeSettings({ ...defaultSettings(), keepSecret: true });
    await store('session', { [KEYS.keptSecretKey]: value });
    expect(await ask({ kind: 'paste-credentials', key: KEY, secret: HEX_SECRET }, popup())).toEqual({ ok: true });
    expect((await readSecret()) === HEX_SECRET, 'the pasted secret is held').toBe(true);
    expect(await localValue(KEYS.keptSecret)).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------

describe('every key corrupt at once', () => {
  it.each(named(ANY_KEY))('holding %s everywhere: the popup reads defaults, the background repairs with one notice each', async (_name, { value }) => {
    await store('local', { [KEYS.progress]: value, [KEYS.settings]: value, [KEYS.notices]: value, [KEYS.keptSecret]: value });
    await store('session', { [KEYS.secret]: value, [KEYS.keptSecretKey]: value });

    const state = await loadJourneyState();
    expect(state).toMatchObject({ progress: initialProgress(), settings: defaultSettings(), notices: [], hasSecret: false, hasKeptSecret: false });

    // What the background does on start-up and on every change of these keys.
    await Promise.all([readProgressRepairing(), readSettingsRepairing(), readKeptSecret(), readKeepingState()]);
    const expected: NoticeId[] = ['kept-secret-reset', 'progress-reset', 'settings-reset'];
    expect((await readNotices()).sort()).toEqual(expected);
    expect(await ask({ kind: 'secret-for-fill' }, frame(MARKETO))).toEqual({});
  });
});
