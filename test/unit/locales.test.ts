// The locale files: the same keys in every language, no empty message, placeholders that agree,
// and a message for everything the UI builds keys for from data (steps, reasons, problems,
// notices, phases, paths).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { problemMessageKey, type CredentialProblem } from '../../lib/credentials';
import type { AttentionReason } from '../../lib/journey/checklist';
import { ITEMS, PATHS, PHASES, stepMessageKey } from '../../lib/journey/steps';
import { NOTICE_IDS } from '../../lib/schema';

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
type Messages = Record<string, Entry>;

const LOCALES_DIR = fileURLToPath(new URL('../../public/_locales', import.meta.url));
const LANGUAGES = readdirSync(LOCALES_DIR).sort();
const messages: Record<string, Messages> = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, JSON.parse(readFileSync(join(LOCALES_DIR, lang, 'messages.json'), 'utf8')) as Messages]),
);
const en = messages.en;

// Type-checked lists: adding a code to the union without listing it here fails typecheck.
const ATTENTION_REASONS = Object.keys({
  'popups-blocked': 1,
  'basic-auth': 1,
  'secret-gone': 1,
  'callback-mismatch': 1,
  'scopes-missing': 1,
  'pkce-mismatch': 1,
  'connected-apps-disabled': 1,
  'oauth-error': 1,
  'wrong-user': 1,
  'wrong-org': 1,
} satisfies Record<AttentionReason, 1>) as AttentionReason[];

const CREDENTIAL_PROBLEMS = Object.keys({
  empty: 1,
  'inner-space': 1,
  markup: 1,
  'wrong-prefix': 1,
  'is-a-secret': 1,
  'is-a-key': 1,
  'too-short': 1,
  'too-long': 1,
  'bad-characters': 1,
} satisfies Record<CredentialProblem, 1>) as CredentialProblem[];

const underscored = (id: string) => id.replaceAll('-', '_');

/** Placeholder names a message uses ($NAME$), lower-cased as Chrome matches them. */
function usedPlaceholders(message: string): string[] {
  // "$$" is an escaped dollar sign; drop it before looking for $NAME$.
  return [...message.replaceAll('$$', '').matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((match) => match[1].toLowerCase()).sort();
}

function definedPlaceholders(entry: Entry): Record<string, string> {
  return Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([name, placeholder]) => [name.toLowerCase(), placeholder.content]),
  );
}

describe('locale files', () => {
  it('include English and Swedish', () => {
    expect(LANGUAGES).toEqual(expect.arrayContaining(['en', 'sv']));
  });

  it.each(LANGUAGES.filter((lang) => lang !== 'en'))('%s has exactly the keys of en', (lang) => {
    const missing = Object.keys(en).filter((key) => !(key in messages[lang]));
    const extra = Object.keys(messages[lang]).filter((key) => !(key in en));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(LANGUAGES)('%s has no empty message and only valid key names', (lang) => {
    const empty = Object.entries(messages[lang])
      .filter(([, entry]) => typeof entry.message !== 'string' || entry.message.trim() === '')
      .map(([key]) => key);
    expect(empty).toEqual([]);
    const badNames = Object.keys(messages[lang]).filter((key) => !/^[A-Za-z0-9_@]+$/.test(key));
    expect(badNames).toEqual([]);
  });

  it.each(LANGUAGES)('%s defines every placeholder it uses, and uses every one it defines', (lang) => {
    for (const [key, entry] of Object.entries(messages[lang])) {
      const used = [...new Set(usedPlaceholders(entry.message))];
      const defined = Object.keys(definedPlaceholders(entry)).sort();
      expect({ key, used }).toEqual({ key, used: defined });
    }
  });

  it.each(LANGUAGES.filter((lang) => lang !== 'en'))('%s has the same placeholders as en', (lang) => {
    for (const [key, entry] of Object.entries(messages[lang])) {
      if (!en[key]) continue;
      expect({ key, placeholders: definedPlaceholders(entry) }).toEqual({ key, placeholders: definedPlaceholders(en[key]) });
    }
  });
});

describe('messages the UI builds from data', () => {
  const required = [
    ...ITEMS.flatMap((item) => [stepMessageKey(item.id, 'title'), stepMessageKey(item.id, 'help')]),
    ...ATTENTION_REASONS.map((reason) => `reason_${underscored(reason)}`),
    ...CREDENTIAL_PROBLEMS.flatMap((problem) => [problemMessageKey('key', problem), problemMessageKey('secret', problem)]),
    ...NOTICE_IDS.map((id) => `notice_${underscored(id)}`),
    ...PHASES.map((phase) => `phase_${phase}`),
    ...PATHS.map((path) => `path_${underscored(path)}`),
  ];

  it.each(LANGUAGES)('%s has every step, reason, credential problem, notice, phase and path', (lang) => {
    expect(required.filter((key) => !messages[lang][key])).toEqual([]);
  });

  it('mentions Marketo\'s callback URL in the help of the steps that enter it', () => {
    for (const lang of LANGUAGES) {
      for (const id of ['eca-oauth', 'ca-oauth'] as const) {
        expect(messages[lang][stepMessageKey(id, 'help')].message).toContain(
          'https://app.marketo.com/salesforce/getSfdcOAuthTokensRedirect',
        );
      }
    }
  });
});
