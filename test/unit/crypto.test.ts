import { describe, expect, it } from 'vitest';
import {
  DamagedKeptSecretError,
  IV_BYTES,
  PBKDF2_ITERATIONS,
  SALT_BYTES,
  WrongPassphraseError,
  decryptSecret,
  decryptWithKey,
  deriveKey,
  encryptSecret,
  exportKey,
  fromBase64,
  importKey,
  newSalt,
  passphraseMessageKey,
  passphraseProblem,
  toBase64,
} from '../../lib/crypto';
import { KeptSecretSchema, type KeptSecret } from '../../lib/schema';
import { same } from './no-secret-in-failures';

// A made-up fixture in the shape of a newer app's secret; not a real credential.
const SECRET = 'F1X7URE0000000000000000000000000000000000000000000000000000F1X7U';
const PASSPHRASE = 'correct horse battery';

async function keep(secret = SECRET, passphrase = PASSPHRASE): Promise<KeptSecret> {
  const salt = newSalt();
  return encryptSecret(secret, await deriveKey(passphrase, salt, PBKDF2_ITERATIONS), salt, PBKDF2_ITERATIONS);
}

/** Flips one bit of a base64 field's decoded bytes. */
function flipBit(field: string, index = 0): string {
  const bytes = fromBase64(field);
  bytes[index] ^= 0x01;
  return toBase64(bytes);
}

describe('encrypting the consumer secret', () => {
  it('round-trips with the right passphrase', async () => {
    expect(same(await decryptSecret(await keep(), PASSPHRASE), SECRET)).toBe(true);
  });

  it('round-trips non-ASCII passphrases, whichever Unicode form they were typed in', async () => {
    const composed = 'lösenordet är långt';
    const kept = await keep(SECRET, composed);
    expect(same(await decryptSecret(kept, composed.normalize('NFD')), SECRET)).toBe(true);
  });

  it('produces a record that KeptSecretSchema accepts, with the documented sizes', async () => {
    const kept = await keep();
    expect(KeptSecretSchema.parse(kept)).toEqual(kept);
    expect(kept.iterations).toBe(600_000);
    expect(fromBase64(kept.salt)).toHaveLength(SALT_BYTES);
    expect(fromBase64(kept.iv)).toHaveLength(IV_BYTES);
    expect(JSON.stringify(kept).includes(SECRET)).toBe(false);
  });

  it('throws WrongPassphraseError for a wrong passphrase', async () => {
    const kept = await keep();
    await expect(decryptSecret(kept, 'incorrect horse battery')).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(decryptSecret(kept, `${PASSPHRASE} `)).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('never reveals the passphrase or the secret in its error', async () => {
    const error = await decryptSecret(await keep(), 'incorrect horse battery').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WrongPassphraseError);
    expect(String(error)).not.toContain('horse');
    expect(String(error).includes(SECRET)).toBe(false);
  });

  it('encrypts the same secret differently each time (fresh salt and IV)', async () => {
    const [a, b] = await Promise.all([keep(), keep()]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it('uses a fresh IV even under the same key and salt', async () => {
    const salt = newSalt();
    const key = await deriveKey(PASSPHRASE, salt);
    const [a, b] = await Promise.all([encryptSecret(SECRET, key, salt, PBKDF2_ITERATIONS), encryptSecret(SECRET, key, salt, PBKDF2_ITERATIONS)]);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it.each([
    ['the ciphertext', (k: KeptSecret) => ({ ...k, ciphertext: flipBit(k.ciphertext, 3) })],
    ['the authentication tag', (k: KeptSecret) => ({ ...k, ciphertext: flipBit(k.ciphertext, fromBase64(k.ciphertext).length - 1) })],
    ['the IV', (k: KeptSecret) => ({ ...k, iv: flipBit(k.iv) })],
    ['the salt', (k: KeptSecret) => ({ ...k, salt: flipBit(k.salt) })],
    ['the iteration count', (k: KeptSecret) => ({ ...k, iterations: k.iterations + 1 })],
  ])('refuses a copy whose %s was tampered with', async (_name, tamper) => {
    await expect(decryptSecret(tamper(await keep()), PASSPHRASE)).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it.each([
    ['a ciphertext that is not base64', (k: KeptSecret) => ({ ...k, ciphertext: 'not base64!' })],
    ['an IV of the wrong size', (k: KeptSecret) => ({ ...k, iv: toBase64(new Uint8Array(8)) })],
    ['a ciphertext shorter than a tag', (k: KeptSecret) => ({ ...k, ciphertext: toBase64(new Uint8Array(4)) })],
  ])('reports %s as damaged, not as a wrong passphrase', async (_name, damage) => {
    await expect(decryptSecret(damage(await keep()), PASSPHRASE)).rejects.toBeInstanceOf(DamagedKeptSecretError);
  });
});

describe('the session copy of the key', () => {
  it('exports and imports the derived key, which still decrypts', async () => {
    const salt = newSalt();
    const key = await deriveKey(PASSPHRASE, salt);
    const raw = await exportKey(key);
    expect(fromBase64(raw)).toHaveLength(32);
    const kept = await encryptSecret(SECRET, await importKey(raw), salt, PBKDF2_ITERATIONS);
    expect(same(await decryptSecret(kept, PASSPHRASE), SECRET)).toBe(true);
    expect(same(await decryptWithKey(kept, key), SECRET)).toBe(true);
    expect(await exportKey(await importKey(raw))).toBe(raw);
  });

  it('derives the same key from the same passphrase and salt, and another from another salt', async () => {
    const salt = newSalt();
    const a = await exportKey(await deriveKey(PASSPHRASE, salt));
    expect(await exportKey(await deriveKey(PASSPHRASE, salt))).toBe(a);
    expect(await exportKey(await deriveKey(PASSPHRASE, newSalt()))).not.toBe(a);
  });

  it('refuses a raw key of the wrong size', async () => {
    await expect(importKey(toBase64(new Uint8Array(7)))).rejects.toBeInstanceOf(DamagedKeptSecretError);
  });
});

describe('the passphrase rule', () => {
  it.each([
    ['', 'empty'],
    ['short', 'too-short'],
    ['123456789', 'too-short'],
    ['x'.repeat(1025), 'too-long'],
    ['1234567890', null],
    ['ten emoji: 😀😀😀😀😀😀', null],
  ] as const)('%j gives %s', (passphrase, problem) => {
    expect(passphraseProblem(passphrase)).toBe(problem);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passphraseProblem('😀'.repeat(9))).toBe('too-short');
    expect(passphraseProblem('😀'.repeat(10))).toBeNull();
  });

  it('checks the confirmation', () => {
    expect(passphraseProblem(PASSPHRASE, PASSPHRASE)).toBeNull();
    expect(passphraseProblem(PASSPHRASE, 'correct horse batter')).toBe('mismatch');
    expect(passphraseProblem('short', 'other')).toBe('too-short');
  });

  it('names an i18n key per problem', () => {
    expect(passphraseMessageKey('too-short')).toBe('passphrase_too_short');
  });
});
