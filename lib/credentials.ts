// Validation of the consumer key and secret, wherever they come from (captured or pasted).
// Salesforce publishes no format, so the rules are lenient (docs/journey.md, "The consumer key
// and secret"): the key is an OAuth client_id starting 3MVG; the secret is 64 characters in newer
// apps or 19 digits in older ones. Each refusal names a problem the admin can act on.

export type CredentialProblem =
  | 'empty'
  | 'inner-space'
  | 'markup'
  | 'wrong-prefix'
  | 'is-a-secret'
  | 'is-a-key'
  | 'too-short'
  | 'too-long'
  | 'bad-characters';

export type Parsed = { ok: true; value: string } | { ok: false; problem: CredentialProblem };

const KEY_PREFIX = '3MVG';
const KEY_LENGTH = { min: 40, max: 256 };
const KEY_CHARACTERS = /^[A-Za-z0-9._+/=-]+$/;
const SECRET_LENGTH = { min: 16, max: 128 };
const SECRET_CHARACTERS = /^[A-Za-z0-9+/=._-]+$/;

/** Copying from a page often adds spaces or a line break at either end; those are dropped. */
function common(raw: string): Parsed {
  const value = raw.trim();
  if (!value) return { ok: false, problem: 'empty' };
  if (/[<>]/.test(value)) return { ok: false, problem: 'markup' };
  if (/\s/.test(value)) return { ok: false, problem: 'inner-space' };
  return { ok: true, value };
}

export function parseConsumerKey(raw: string): Parsed {
  const parsed = common(raw);
  if (!parsed.ok) return parsed;
  const key = parsed.value;
  if (!key.startsWith(KEY_PREFIX)) {
    return { ok: false, problem: looksLikeSecret(key) ? 'is-a-secret' : 'wrong-prefix' };
  }
  if (!KEY_CHARACTERS.test(key)) return { ok: false, problem: 'bad-characters' };
  if (key.length < KEY_LENGTH.min) return { ok: false, problem: 'too-short' };
  if (key.length > KEY_LENGTH.max) return { ok: false, problem: 'too-long' };
  return parsed;
}

export function parseConsumerSecret(raw: string): Parsed {
  const parsed = common(raw);
  if (!parsed.ok) return parsed;
  const secret = parsed.value;
  // Keys are longer than any secret and start 3MVG; pasting one in the wrong field is common.
  if (secret.startsWith(KEY_PREFIX) && secret.length > 64) return { ok: false, problem: 'is-a-key' };
  if (!SECRET_CHARACTERS.test(secret)) return { ok: false, problem: 'bad-characters' };
  if (secret.length < SECRET_LENGTH.min) return { ok: false, problem: 'too-short' };
  if (secret.length > SECRET_LENGTH.max) return { ok: false, problem: 'too-long' };
  return parsed;
}

function looksLikeSecret(value: string): boolean {
  return /^(?:\d{19}|[A-Fa-f0-9]{64})$/.test(value);
}

/** "3MVG9…x7Qa": enough to recognise the key, too little to use it. */
export function shortenKey(key: string): string {
  return key.length <= 14 ? key : `${key.slice(0, 8)}…${key.slice(-4)}`;
}

/** i18n key of the message for a problem with the key or the secret. */
export function problemMessageKey(field: 'key' | 'secret', problem: CredentialProblem): string {
  return `credentials_${field}_${problem.replaceAll('-', '_')}`;
}
