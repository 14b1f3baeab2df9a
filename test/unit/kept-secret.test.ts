import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { decryptSecret } from '../../lib/crypto';
import {
  disableKeeping,
  enableKeeping,
  forgetKeptSecret,
  keepIfEnabled,
  readKeepingState,
  unlockKeptSecret,
} from '../../lib/kept-secret';
import { KeptSecretSchema } from '../../lib/schema';
import { KEYS, readKeptSecret, readNotices, readSecret, readSettings, writeSecret, writeSettings } from '../../lib/storage';
import { same } from './no-secret-in-failures';

// Made-up fixtures in the shape of a newer app's secret; not real credentials.
const SECRET = 'F1X7URE0000000000000000000000000000000000000000000000000000F1X7U';
const NEWER = 'F1X7URE1111111111111111111111111111111111111111111111111111F1X7U';
const PASSPHRASE = 'correct horse battery';

/** What a browser restart does: storage.session is emptied, storage.local stays. */
async function restart(): Promise<void> {
  await fakeBrowser.storage.session.clear();
}

async function local(key: string): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(key))[key];
}

async function session(key: string): Promise<unknown> {
  return (await fakeBrowser.storage.session.get(key))[key];
}

beforeEach(() => fakeBrowser.reset());

describe('fakeBrowser', () => {
  it('has a storage.session area separate from storage.local', async () => {
    await fakeBrowser.storage.session.set({ probe: 1 });
    expect(await local('probe')).toBeUndefined();
    expect(await session('probe')).toBe(1);
  });
});

describe('enabling', () => {
  it('encrypts the secret held now, holds the key in the session and sets the setting', async () => {
    await writeSecret(SECRET);
    expect(await enableKeeping(PASSPHRASE)).toEqual({ ok: true, kept: true });
    expect((await readSettings()).keepSecret).toBe(true);
    const kept = KeptSecretSchema.parse(await local(KEYS.keptSecret));
    expect(same(await decryptSecret(kept, PASSPHRASE), SECRET)).toBe(true);
    expect(await session(KEYS.keptSecretKey)).toMatchObject({ salt: kept.salt, iterations: 600_000 });
    expect(await readKeepingState()).toEqual({ enabled: true, unlocked: true, kept: true });
  });

  it('never puts the secret or the passphrase into storage.local in the clear', async () => {
    await writeSecret(SECRET);
    await enableKeeping(PASSPHRASE);
    const everything = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(everything.includes(SECRET)).toBe(false);
    expect(everything).not.toContain(PASSPHRASE);
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).not.toContain(PASSPHRASE);
  });

  it('keeps the other settings as they were', async () => {
    await writeSettings({ ...(await readSettings()), appName: 'Acme Marketo Sync', pkce: true });
    await enableKeeping(PASSPHRASE);
    expect(await readSettings()).toMatchObject({ appName: 'Acme Marketo Sync', pkce: true, keepSecret: true });
  });

  it('turns on without a secret to keep yet', async () => {
    expect(await enableKeeping(PASSPHRASE)).toEqual({ ok: true, kept: false });
    expect(await local(KEYS.keptSecret)).toBeUndefined();
    expect(await readKeepingState()).toEqual({ enabled: true, unlocked: true, kept: false });
  });

  it.each([
    ['', 'empty'],
    ['too short', 'too-short'],
  ] as const)('refuses the passphrase %j (%s) and changes nothing', async (passphrase, problem) => {
    await writeSecret(SECRET);
    expect(await enableKeeping(passphrase)).toEqual({ ok: false, problem });
    expect((await readSettings()).keepSecret).toBe(false);
    expect(await local(KEYS.keptSecret)).toBeUndefined();
    expect(await session(KEYS.keptSecretKey)).toBeUndefined();
  });

  it('re-encrypts under a new passphrase when the passphrase is changed', async () => {
    await writeSecret(SECRET);
    await enableKeeping(PASSPHRASE);
    await enableKeeping('a brand new passphrase');
    await restart();
    expect(await unlockKeptSecret(PASSPHRASE)).toEqual({ ok: false, problem: 'wrong-passphrase' });
    expect(await unlockKeptSecret('a brand new passphrase')).toEqual({ ok: true });
    expect(same(await readSecret(), SECRET)).toBe(true);
  });
});

describe('after a browser restart', () => {
  beforeEach(async () => {
    await writeSecret(SECRET);
    await enableKeeping(PASSPHRASE);
    await restart();
  });

  it('is locked: the secret and the key are gone from the session, the copy stays', async () => {
    expect(await readSecret()).toBeUndefined();
    expect(await readKeepingState()).toEqual({ enabled: true, unlocked: false, kept: true });
  });

  it('restores the secret and the key with the right passphrase', async () => {
    expect(await unlockKeptSecret(PASSPHRASE)).toEqual({ ok: true });
    expect(same(await readSecret(), SECRET)).toBe(true);
    expect(await readKeepingState()).toEqual({ enabled: true, unlocked: true, kept: true });
    // The key is back: a later secret is kept without asking again.
    expect(await keepIfEnabled(NEWER)).toBe(true);
    expect(await decryptSecret(KeptSecretSchema.parse(await local(KEYS.keptSecret)), PASSPHRASE)).toBe(NEWER);
  });

  it('restores nothing with a wrong passphrase', async () => {
    const before = await local(KEYS.keptSecret);
    expect(await unlockKeptSecret('incorrect horse battery')).toEqual({ ok: false, problem: 'wrong-passphrase' });
    expect(await readSecret()).toBeUndefined();
    expect(await session(KEYS.keptSecretKey)).toBeUndefined();
    expect(await local(KEYS.keptSecret)).toEqual(before);
  });

  it('does not keep a new secret while locked, and drops the stale copy so it cannot come back', async () => {
    await writeSecret(NEWER);
    expect(await keepIfEnabled(NEWER)).toBe(false);
    expect(await local(KEYS.keptSecret)).toBeUndefined();
    expect(await unlockKeptSecret(PASSPHRASE)).toEqual({ ok: false, problem: 'nothing-kept' });
    expect(await readSecret()).toBe(NEWER);
  });

  it('keeps a newer secret already in the session when unlocking', async () => {
    await writeSecret(NEWER);
    expect(await unlockKeptSecret(PASSPHRASE)).toEqual({ ok: true });
    expect(await readSecret()).toBe(NEWER);
    expect(await decryptSecret(KeptSecretSchema.parse(await local(KEYS.keptSecret)), PASSPHRASE)).toBe(NEWER);
  });

  it('lets "enable" with the same passphrase act as an unlock', async () => {
    expect(await enableKeeping(PASSPHRASE)).toEqual({ ok: true, kept: true });
    expect(same(await readSecret(), SECRET)).toBe(true);
  });

  it('drops a copy that "enable" with another passphrase could never open', async () => {
    expect(await enableKeeping('another passphrase entirely')).toEqual({ ok: true, kept: false });
    expect(await local(KEYS.keptSecret)).toBeUndefined();
    expect(await readSecret()).toBeUndefined();
  });
});

describe('keepIfEnabled', () => {
  it('does nothing when keeping is off', async () => {
    expect(await keepIfEnabled(SECRET)).toBe(false);
    expect(await local(KEYS.keptSecret)).toBeUndefined();
    expect(await session(KEYS.keptSecretKey)).toBeUndefined();
  });

  it('does nothing once keeping was turned off, even with a key left over', async () => {
    await enableKeeping(PASSPHRASE);
    await disableKeeping();
    expect(await keepIfEnabled(SECRET)).toBe(false);
    expect(await local(KEYS.keptSecret)).toBeUndefined();
  });

  it('keeps a new secret when keeping is on', async () => {
    await enableKeeping(PASSPHRASE);
    expect(await keepIfEnabled(SECRET)).toBe(true);
    expect(same(await decryptSecret(KeptSecretSchema.parse(await local(KEYS.keptSecret)), PASSPHRASE), SECRET)).toBe(true);
  });

  it('removes an unreadable session key instead of using it', async () => {
    await enableKeeping(PASSPHRASE);
    await fakeBrowser.storage.session.set({ [KEYS.keptSecretKey]: { key: 'nope', salt: 'x', iterations: 1 } });
    expect(await keepIfEnabled(SECRET)).toBe(false);
    expect(await session(KEYS.keptSecretKey)).toBeUndefined();
  });
});

describe('disabling and forgetting', () => {
  beforeEach(async () => {
    await writeSecret(SECRET);
    await enableKeeping(PASSPHRASE);
  });

  it('disabling deletes the copy and the key, and leaves the session secret', async () => {
    await disableKeeping();
    expect(await local(KEYS.keptSecret)).toBeUndefined();
    expect(await session(KEYS.keptSecretKey)).toBeUndefined();
    expect((await readSettings()).keepSecret).toBe(false);
    expect(same(await readSecret(), SECRET)).toBe(true);
  });

  it('forgetting deletes the copy and leaves the setting', async () => {
    await forgetKeptSecret();
    expect(await readKeptSecret()).toBeUndefined();
    expect((await readSettings()).keepSecret).toBe(true);
    await restart();
    expect(await unlockKeptSecret(PASSPHRASE)).toEqual({ ok: false, problem: 'nothing-kept' });
  });

  it('reports nothing kept when nothing ever was', async () => {
    await fakeBrowser.reset();
    expect(await unlockKeptSecret(PASSPHRASE)).toEqual({ ok: false, problem: 'nothing-kept' });
  });

  it('drops a damaged copy with a notice instead of failing', async () => {
    const kept = KeptSecretSchema.parse(await local(KEYS.keptSecret));
    await fakeBrowser.storage.local.set({ [KEYS.keptSecret]: { ...kept, iv: '!!!!' } });
    await restart();
    expect(await unlockKeptSecret(PASSPHRASE)).toEqual({ ok: false, problem: 'nothing-kept' });
    expect(await local(KEYS.keptSecret)).toBeUndefined();
    expect(await readNotices()).toEqual(['kept-secret-reset']);
  });
});
