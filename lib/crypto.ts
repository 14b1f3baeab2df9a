// Encryption of the consumer secret the admin chose to keep across browser restarts (docs/journey.md,
// "Keeping the secret"). Web Crypto only: AES-GCM under a key derived from the admin's passphrase with
// PBKDF2-SHA-256. The passphrase is never stored; the derived key lives in storage.session while
// the browser runs, so a new secret can be kept without asking for the passphrase again.
//
// Nothing here logs, and no error message carries a secret, a key or a passphrase.
import type { KeptSecret } from './schema';

export const PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;
export const PASSPHRASE_MIN_LENGTH = 10;
export const PASSPHRASE_MAX_LENGTH = 1024;

const KEPT_SECRET_VERSION = 1;
const AES_KEY_BITS = 256;

/** Bytes the Web Crypto API accepts everywhere (a plain ArrayBuffer behind them). */
export type Bytes = Uint8Array<ArrayBuffer>;

/** AES-GCM refused the data: the passphrase is wrong, or the kept copy was altered. */
export class WrongPassphraseError extends Error {
  constructor() {
    super('The passphrase does not unlock the kept secret');
    this.name = 'WrongPassphraseError';
  }
}

/** The kept copy is not something this code wrote (not base64, wrong IV size): it cannot be unlocked by anyone. */
export class DamagedKeptSecretError extends Error {
  constructor() {
    super('The kept secret is damaged');
    this.name = 'DamagedKeptSecretError';
  }
}

export type PassphraseProblem = 'empty' | 'too-short' | 'too-long' | 'mismatch';

/**
 * What is wrong with a new passphrase, or null. With a confirmation, a difference is a problem
 * too. Length counts characters as people see them (code points), not UTF-16 units.
 */
export function passphraseProblem(passphrase: string, confirmation?: string): PassphraseProblem | null {
  const length = [...passphrase.normalize('NFC')].length;
  if (length === 0) return 'empty';
  if (length < PASSPHRASE_MIN_LENGTH) return 'too-short';
  if (length > PASSPHRASE_MAX_LENGTH) return 'too-long';
  if (confirmation !== undefined && confirmation.normalize('NFC') !== passphrase.normalize('NFC')) return 'mismatch';
  return null;
}

/** What went wrong when unlocking a kept copy (see kept-secret.ts). */
export type UnlockProblem = 'wrong-passphrase' | 'nothing-kept';

/** i18n key of the message for a passphrase problem ("passphrase_too_short"). */
export function passphraseMessageKey(problem: PassphraseProblem | UnlockProblem): string {
  return `passphrase_${problem.replaceAll('-', '_')}`;
}

export function randomBytes(length: number): Bytes {
  return crypto.getRandomValues(new Uint8Array(length));
}

export function newSalt(): Bytes {
  return randomBytes(SALT_BYTES);
}

/**
 * The AES-GCM key for a passphrase and salt. Extractable, so that its raw bytes can be held in
 * storage.session (see exportKey). The passphrase is NFC-normalised first, so the same
 * passphrase typed on another system derives the same key.
 */
export async function deriveKey(passphrase: string, salt: Bytes, iterations: number = PBKDF2_ITERATIONS): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: AES_KEY_BITS },
    true,
    ['encrypt', 'decrypt'],
  );
}

/**
 * Encrypts the secret under `key`, which must have been derived from `salt` and `iterations`:
 * both are recorded so that the passphrase alone unlocks the result later. A fresh IV each time.
 */
export async function encryptSecret(secret: string, key: CryptoKey, salt: Bytes, iterations: number): Promise<KeptSecret> {
  const iv = randomBytes(IV_BYTES);
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, utf8(secret)));
  return {
    version: KEPT_SECRET_VERSION,
    salt: toBase64(salt),
    iv: toBase64(iv),
    ciphertext: toBase64(ciphertext),
    iterations,
  };
}

/** Decrypts with the key already at hand (the session copy). */
export async function decryptWithKey(kept: KeptSecret, key: CryptoKey): Promise<string> {
  const { iv, ciphertext } = decodeKept(kept);
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, ciphertext);
  } catch (error) {
    // AES-GCM reports a failed authentication tag as an OperationError and nothing more.
    if ((error as { name?: unknown } | null)?.name === 'OperationError') throw new WrongPassphraseError();
    throw error;
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(plain);
}

/**
 * The secret kept under `passphrase`. Throws WrongPassphraseError when the passphrase does not
 * open it (which is also what a tampered copy looks like: AES-GCM cannot tell the two apart),
 * and DamagedKeptSecretError when the record is not something encryptSecret wrote.
 */
export async function decryptSecret(kept: KeptSecret, passphrase: string): Promise<string> {
  const { salt } = decodeKept(kept);
  const key = await deriveKey(passphrase, salt, kept.iterations);
  return decryptWithKey(kept, key);
}

/** The derived key as base64 raw bytes, for storage.session (which holds JSON values only). */
export async function exportKey(key: CryptoKey): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', key)));
}

/** The key back from its session copy; extractable again so it can be re-exported. */
export async function importKey(raw: string): Promise<CryptoKey> {
  const bytes = fromBase64(raw);
  if (bytes.length !== AES_KEY_BITS / 8) throw new DamagedKeptSecretError();
  return crypto.subtle.importKey('raw', bytes, { name: 'AES-GCM', length: AES_KEY_BITS }, true, ['encrypt', 'decrypt']);
}

function decodeKept(kept: KeptSecret): { salt: Bytes; iv: Bytes; ciphertext: Bytes } {
  let decoded: { salt: Bytes; iv: Bytes; ciphertext: Bytes };
  try {
    decoded = { salt: fromBase64(kept.salt), iv: fromBase64(kept.iv), ciphertext: fromBase64(kept.ciphertext) };
  } catch {
    throw new DamagedKeptSecretError();
  }
  // A GCM tag alone is 16 bytes: anything shorter was never a ciphertext.
  if (kept.version !== KEPT_SECRET_VERSION || decoded.iv.length !== IV_BYTES || decoded.salt.length < SALT_BYTES || decoded.ciphertext.length < 16) {
    throw new DamagedKeptSecretError();
  }
  return decoded;
}

function utf8(text: string): Bytes {
  return new TextEncoder().encode(text) as Bytes;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Strict: throws on anything that is not standard, padded base64. */
export function fromBase64(text: string): Bytes {
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text)) {
    throw new DamagedKeptSecretError();
  }
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
