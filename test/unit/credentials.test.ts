import { describe, expect, it } from 'vitest';
import { parseConsumerKey, parseConsumerSecret, problemMessageKey, shortenKey } from '../../lib/credentials';
import { same } from './no-secret-in-failures';

// Shaped like real values, made up for the tests.
const KEY = `3MVG9${'rJ8x_Q.k2Lm'.repeat(8)}`;
const HEX_SECRET = 'A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7E8F90';
const OLD_SECRET = '1234567890123456789';

describe('consumer key', () => {
  it('accepts a key, trimming what copying adds at either end', () => {
    expect(same(parseConsumerKey(KEY), { ok: true, value: KEY })).toBe(true);
    expect(same(parseConsumerKey(`  ${KEY}\n`), { ok: true, value: KEY })).toBe(true);
    expect(same(parseConsumerKey(`\t${KEY}\r\n`), { ok: true, value: KEY })).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['   \n ', 'empty'],
    [`${KEY.slice(0, 40)} ${KEY.slice(40)}`, 'inner-space'],
    [`${KEY.slice(0, 40)}\n${KEY.slice(40)}`, 'inner-space'],
    [`<b>${KEY}</b>`, 'markup'],
    ['3MVG9abc', 'too-short'],
    [KEY.slice(0, 30), 'too-short'],
    [`${KEY}${'x'.repeat(300)}`, 'too-long'],
    [`XMVG9${KEY.slice(5)}`, 'wrong-prefix'],
    [HEX_SECRET, 'is-a-secret'],
    [OLD_SECRET, 'is-a-secret'],
    [`${KEY}é`, 'bad-characters'],
    [`${KEY}"`, 'bad-characters'],
  ])('refuses %j as %s', (raw, problem) => {
    expect(parseConsumerKey(raw)).toEqual({ ok: false, problem });
  });

  it('shortens the key so it can be recognised but not used', () => {
    expect(same(shortenKey(KEY), `${KEY.slice(0, 8)}…${KEY.slice(-4)}`)).toBe(true);
    expect(shortenKey(KEY).length).toBeLessThan(15);
  });
});

describe('consumer secret', () => {
  it('accepts the new 64-character and the old 19-digit forms', () => {
    expect(parseConsumerSecret(HEX_SECRET)).toEqual({ ok: true, value: HEX_SECRET });
    expect(parseConsumerSecret(` ${OLD_SECRET}\n`)).toEqual({ ok: true, value: OLD_SECRET });
  });

  it.each([
    ['', 'empty'],
    ['1234', 'too-short'],
    [`${HEX_SECRET} ${HEX_SECRET}`, 'inner-space'],
    [`<script>${HEX_SECRET}</script>`, 'markup'],
    ['x'.repeat(200), 'too-long'],
    [KEY, 'is-a-key'],
    [`${HEX_SECRET}!`, 'bad-characters'],
  ])('refuses %j as %s', (raw, problem) => {
    expect(parseConsumerSecret(raw)).toEqual({ ok: false, problem });
  });

  it('names an i18n message for every problem', () => {
    expect(problemMessageKey('secret', 'inner-space')).toBe('credentials_secret_inner_space');
  });
});
