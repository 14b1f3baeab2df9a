import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { initialProgress } from '../../lib/journey/reducer';
import {
  KEYS,
  defaultSettings,
  migrate,
  readKeptSecret,
  readNotices,
  readProgress,
  readProgressRepairing,
  readSettingsRepairing,
  writeProgress,
} from '../../lib/storage';

const CORRUPT_VALUES: Array<[string, unknown]> = [
  ['a string', 'not progress'],
  ['a number', 42],
  ['a boolean', true],
  ['an array', [1, 2, 3]],
  ['an empty object', {}],
  ['a newer version', { ...initialProgress(), version: 99 }],
  ['a wrong field type', { ...initialProgress(), path: 'sideways' }],
  ['a foreign object', { foo: 'bar', version: 1 }],
  ['a milestone that does not exist', { ...initialProgress(), seen: { 'no-such-step': 1 } }],
  ['an org that is no My Domain name', { ...initialProgress(), credentialOrg: { name: 'evil.example/<b>', sandbox: false } }],
  ['an org without its kind', { ...initialProgress(), windowOrg: { name: 'acme' } }],
];

beforeEach(() => fakeBrowser.reset());

describe('progress in storage.local', () => {
  it('starts from a clean default, without a notice, when nothing is stored', async () => {
    expect(await readProgressRepairing()).toEqual(initialProgress());
    expect(await readNotices()).toEqual([]);
  });

  it('round-trips what was written', async () => {
    const progress = { ...initialProgress(), seen: { 'sf-app-manager': 5 } };
    await writeProgress(progress);
    expect(await readProgress()).toEqual(progress);
  });

  it.each(CORRUPT_VALUES)('replaces %s with a clean default and leaves a notice', async (_name, value) => {
    await fakeBrowser.storage.local.set({ [KEYS.progress]: value });
    expect(await readProgressRepairing()).toEqual(initialProgress());
    expect((await fakeBrowser.storage.local.get(KEYS.progress))[KEYS.progress]).toEqual(initialProgress());
    expect(await readNotices()).toEqual(['progress-reset']);
  });

  it('reads progress stored before orgs were recorded as it was, with no org known', async () => {
    const old = { ...initialProgress(), seen: { 'sf-app-manager': 5 }, hosts: { salesforce: 'https://acme.lightning.force.com' } };
    await fakeBrowser.storage.local.set({ [KEYS.progress]: old });
    const progress = await readProgressRepairing();
    expect(progress).toEqual(old);
    expect(progress.credentialOrg).toBeUndefined();
    expect(await readNotices()).toEqual([]);
  });

  it('round-trips the orgs of the credentials and of the OAuth window', async () => {
    const progress = { ...initialProgress(), credentialOrg: { name: 'acme--uat', sandbox: true }, windowOrg: { name: 'acme', sandbox: false } };
    await writeProgress(progress);
    expect(await readProgressRepairing()).toEqual(progress);
  });

  it('refuses to write progress that does not fit the schema', async () => {
    await expect(writeProgress({ ...initialProgress(), path: 'sideways' as 'eca' })).rejects.toThrow();
  });
});

describe('settings, notices and the kept secret', () => {
  it.each(CORRUPT_VALUES)('replaces settings holding %s with defaults and a notice', async (_name, value) => {
    await fakeBrowser.storage.local.set({ [KEYS.settings]: value });
    expect(await readSettingsRepairing()).toEqual(defaultSettings());
    expect(await readNotices()).toEqual(['settings-reset']);
  });

  it('keeps one notice per kind, and ignores unreadable notices', async () => {
    await fakeBrowser.storage.local.set({ [KEYS.progress]: 'x', [KEYS.notices]: 'garbage' });
    expect(await readNotices()).toEqual([]);
    await readProgressRepairing();
    await fakeBrowser.storage.local.set({ [KEYS.progress]: 'x' });
    await readProgressRepairing();
    expect(await readNotices()).toEqual(['progress-reset']);
  });

  it('drops an unreadable kept secret and says so', async () => {
    await fakeBrowser.storage.local.set({ [KEYS.keptSecret]: { version: 1, salt: '' } });
    expect(await readKeptSecret()).toBeUndefined();
    expect((await fakeBrowser.storage.local.get(KEYS.keptSecret))[KEYS.keptSecret]).toBeUndefined();
    expect(await readNotices()).toEqual(['kept-secret-reset']);
  });
});

describe('migrations', () => {
  const steps = [
    (old: Record<string, unknown>) => ({ ...old, renamed: old.original }),
    (old: Record<string, unknown>) => ({ ...old, added: true }),
  ];

  it('upgrades an old record one version at a time', () => {
    expect(migrate({ version: 1, original: 'x' }, 3, steps)).toEqual({ version: 3, original: 'x', renamed: 'x', added: true });
  });

  it('leaves current, newer and unversioned values for the schema to judge', () => {
    expect(migrate({ version: 3 }, 3, steps)).toEqual({ version: 3 });
    expect(migrate({ version: 7 }, 3, steps)).toEqual({ version: 7 });
    expect(migrate('text', 3, steps)).toBe('text');
  });
});

describe('notices from repairs running at once', () => {
  it('keeps every notice', async () => {
    await fakeBrowser.storage.local.set({ [KEYS.progress]: 'x', [KEYS.settings]: 'y' });
    await Promise.all([readProgressRepairing(), readSettingsRepairing()]);
    expect((await readNotices()).sort()).toEqual(['progress-reset', 'settings-reset']);
  });
});
