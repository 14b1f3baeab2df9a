// The opt-in "keep the consumer secret across browser restarts" flow (docs/journey.md, "Keeping the secret").
//
// Without it the secret lives in storage.session only and is gone when the browser closes. With
// it, an AES-GCM copy encrypted under a key derived from the admin's passphrase lives in
// storage.local (KEYS.keptSecret). The passphrase is never stored; the derived key is held in
// storage.session (KEYS.keptSecretKey) while the browser runs, so a secret captured later can be
// kept without asking again. After a restart both session values are gone, and the admin's
// passphrase unlocks the kept copy (unlockKeptSecret).
//
// Invariant: a kept copy is always the secret currently in use, or nothing. A kept copy never
// outlives the secret that replaced it, so an old secret cannot come back paired with a new key.
import { z } from 'zod';
import {
  DamagedKeptSecretError,
  PBKDF2_ITERATIONS,
  WrongPassphraseError,
  decryptWithKey,
  deriveKey,
  encryptSecret,
  exportKey,
  fromBase64,
  importKey,
  newSalt,
  passphraseProblem,
  toBase64,
  type Bytes,
  type PassphraseProblem,
  type UnlockProblem,
} from './crypto';
import type { KeptSecret } from './schema';
import { KEYS, addNotice, readKeptSecret, readSecret, readSettings, writeSecret, writeSettings } from './storage';

/** The session copy of the derived key, with what it was derived from. */
const SessionKeySchema = z.object({
  key: z.string().min(1).max(200),
  salt: z.string().min(1).max(200),
  iterations: z.number().int().min(100_000).max(10_000_000),
});
type SessionKey = z.infer<typeof SessionKeySchema>;

interface HeldKey {
  key: CryptoKey;
  salt: Bytes;
  iterations: number;
}

export type EnableResult = { ok: true; kept: boolean } | { ok: false; problem: PassphraseProblem };
export type UnlockResult = { ok: true } | { ok: false; problem: UnlockProblem };

export interface KeepingState {
  /** The admin opted in (settings.keepSecret). */
  enabled: boolean;
  /** The derived key is in this browser session: new secrets get kept without asking. */
  unlocked: boolean;
  /** An encrypted copy is stored. */
  kept: boolean;
}

/** Where keeping stands, for the options page and the popup ("locked" = enabled && kept && !unlocked). */
export async function readKeepingState(): Promise<KeepingState> {
  const [settings, held, kept] = await Promise.all([readSettings(), readSessionKey(), readKeptSecret()]);
  return { enabled: settings.keepSecret, unlocked: held !== undefined, kept: kept !== undefined };
}

/**
 * Turns keeping on under `passphrase` (or changes the passphrase): derives a key with a fresh
 * salt, holds it in the session, sets settings.keepSecret and encrypts the secret held now, if
 * any. `kept` says whether a secret is encrypted under the new passphrase afterwards.
 *
 * If the session holds no secret but an older kept copy exists (keeping was on, the browser
 * restarted, nobody unlocked it yet), the passphrase is tried on it: if it opens it, the secret is
 * restored and re-encrypted; if not, the old copy is deleted, since it could no longer be opened
 * with the passphrase the admin now believes is in use.
 */
export async function enableKeeping(passphrase: string): Promise<EnableResult> {
  const problem = passphraseProblem(passphrase);
  if (problem) return { ok: false, problem };

  let secret = await readSecret();
  if (secret === undefined) {
    const old = await readKeptSecret();
    if (old) {
      secret = await tryOpen(old, passphrase);
      if (secret !== undefined) await writeSecret(secret);
    }
  }

  const salt = newSalt();
  const held: HeldKey = { key: await deriveKey(passphrase, salt, PBKDF2_ITERATIONS), salt, iterations: PBKDF2_ITERATIONS };
  await holdSessionKey(held);
  await writeSettings({ ...(await readSettings()), keepSecret: true });

  if (secret === undefined) {
    await forgetKeptSecret();
    return { ok: true, kept: false };
  }
  await writeKept(secret, held);
  return { ok: true, kept: true };
}

/** Turns keeping off: the encrypted copy and the session key are deleted. The session secret stays. */
export async function disableKeeping(): Promise<void> {
  await browser.storage.local.remove(KEYS.keptSecret);
  await browser.storage.session.remove(KEYS.keptSecretKey);
  await writeSettings({ ...(await readSettings()), keepSecret: false });
}

/**
 * Called by the background whenever a new secret is stored. Keeps an encrypted copy when the
 * admin opted in and the key is in this session; returns whether it did. When keeping is on but
 * locked (restarted, not unlocked yet), the older kept copy is deleted instead: it no longer
 * matches the secret in use.
 */
export async function keepIfEnabled(secret: string): Promise<boolean> {
  const settings = await readSettings();
  if (!settings.keepSecret) return false;
  const held = await readSessionKey();
  if (!held) {
    await forgetKeptSecret();
    return false;
  }
  await writeKept(secret, held);
  return true;
}

/**
 * After a browser restart: opens the kept copy with the passphrase, puts the secret back into
 * storage.session and the key back into the session so later secrets are kept too. Should the
 * session already hold a (newer) secret, that one stays and is what gets kept.
 */
export async function unlockKeptSecret(passphrase: string): Promise<UnlockResult> {
  const kept = await readKeptSecret();
  if (!kept) return { ok: false, problem: 'nothing-kept' };
  let salt: Bytes;
  let key: CryptoKey;
  let secret: string;
  try {
    salt = fromBase64(kept.salt);
    key = await deriveKey(passphrase, salt, kept.iterations);
    secret = await decryptWithKey(kept, key);
  } catch (error) {
    if (error instanceof WrongPassphraseError) return { ok: false, problem: 'wrong-passphrase' };
    if (error instanceof DamagedKeptSecretError) {
      await dropDamaged();
      return { ok: false, problem: 'nothing-kept' };
    }
    throw error;
  }
  const held: HeldKey = { key, salt, iterations: kept.iterations };
  await holdSessionKey(held);
  const current = await readSecret();
  if (current !== undefined && current !== secret) {
    await writeKept(current, held);
  } else {
    await writeSecret(secret);
  }
  return { ok: true };
}

/** Deletes the encrypted copy (on reset, when the sync starts). The setting and session key stay. */
export async function forgetKeptSecret(): Promise<void> {
  await browser.storage.local.remove(KEYS.keptSecret);
}

async function tryOpen(kept: KeptSecret, passphrase: string): Promise<string | undefined> {
  try {
    const key = await deriveKey(passphrase, fromBase64(kept.salt), kept.iterations);
    return await decryptWithKey(kept, key);
  } catch (error) {
    if (error instanceof WrongPassphraseError || error instanceof DamagedKeptSecretError) return undefined;
    throw error;
  }
}

async function writeKept(secret: string, held: HeldKey): Promise<void> {
  const kept = await encryptSecret(secret, held.key, held.salt, held.iterations);
  await browser.storage.local.set({ [KEYS.keptSecret]: kept });
}

async function holdSessionKey(held: HeldKey): Promise<void> {
  const value: SessionKey = { key: await exportKey(held.key), salt: toBase64(held.salt), iterations: held.iterations };
  await browser.storage.session.set({ [KEYS.keptSecretKey]: value });
}

/** The session key, or undefined; an unreadable one is removed (the admin sets the passphrase again). */
async function readSessionKey(): Promise<HeldKey | undefined> {
  const raw = (await browser.storage.session.get(KEYS.keptSecretKey))[KEYS.keptSecretKey];
  if (raw === undefined) return undefined;
  const parsed = SessionKeySchema.safeParse(raw);
  if (parsed.success) {
    try {
      return { key: await importKey(parsed.data.key), salt: fromBase64(parsed.data.salt), iterations: parsed.data.iterations };
    } catch {
      // fall through: damaged
    }
  }
  console.warn('[oauth-guide] an unreadable session key was removed');
  await browser.storage.session.remove(KEYS.keptSecretKey);
  return undefined;
}

async function dropDamaged(): Promise<void> {
  await forgetKeptSecret();
  await addNotice('kept-secret-reset');
}
