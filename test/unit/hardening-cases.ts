// Shared tables and helpers of the hardening tests (issue 5): malformed consumer keys and
// secrets, hostile senders, corrupt storage values. Every value here is made up; cases are named
// by what they are, never by their value, so no key or secret reaches a test name or the output.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleRequest } from '../../lib/background/hub';
import type { Sender } from '../../lib/background/senders';
import { problemMessageKey, type CredentialProblem } from '../../lib/credentials';
import { RequestSchema, type Request } from '../../lib/messages';
import { KEYS, readProgress, readSecret } from '../../lib/storage';

// ---------------------------------------------------------------------------------------------
// Valid values, shaped like Salesforce's (docs/journey.md, "The consumer key and secret").

/** 3MVG9 and 88 more characters of the key alphabet. */
export const KEY = `3MVG9${'rJ8x_Q.k2Lm'.repeat(8)}`;
/** The newer 64-character secret, hex. */
export const HEX_SECRET = 'A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7E8F90';
/** The newer 64-character secret, from the wider alphabet. */
export const WIDE_SECRET = 'Qz7+Wx2/Lp9.Rt4_'.repeat(4);
/** The older 19-digit secret. */
export const OLD_SECRET = '4815162342108815470';

/** Stretches of the valid values: none of them may end up in storage after a refusal. */
const FRAGMENTS = [KEY.slice(9, 30), HEX_SECRET.slice(8, 28), WIDE_SECRET.slice(3, 15), OLD_SECRET.slice(2, 14)];

// ---------------------------------------------------------------------------------------------
// Senders, as the browser describes them (runtime.MessageSender).

export const popup = (): Sender => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });

/** A content script in a frame at `url` whose tab shows `tabUrl`; `origin` as Chrome reports it. */
export function frame(url: string, tabUrl = url, frameId = 0, origin?: string): Sender {
  return { id: fakeBrowser.runtime.id, url, frameId, tab: { url: tabUrl } as Sender['tab'], ...(origin === undefined ? {} : { origin }) };
}

export const SETUP = 'https://acme.lightning.force.com/lightning/setup/NavigationMenus/home';
/** The classic consumer details page, framed inside Setup of the same org. */
export const CONSUMER_DETAILS = 'https://acme.my.salesforce.com/app/mgmt/forceconnectedapps/forceAppDetail.apexp?id=0Ci000000000001';
export const MARKETO = 'https://app-ab12.marketo.com/#SF0A1';
export const ADOBE_SHELL = 'https://experience.adobe.com/#/@acmecorp/so:123-ABC-456/marketo-engage/classic/';

/** The trusted capture sender: Setup's framed consumer details page. */
export const setupCapture = (): Sender => frame(CONSUMER_DETAILS, SETUP, 2);

/** A case table as [name, case] rows for it.each('%s …'): the name is printed whole, the values never. */
export function named<C extends { name: string }>(cases: readonly C[]): Array<[string, C]> {
  return cases.map((entry) => [entry.name, entry]);
}

/** As the background does: the message is parsed first, then answered. */
export function ask<R extends Request>(request: R, sender: Sender) {
  return handleRequest(RequestSchema.parse(request) as R, sender);
}

// ---------------------------------------------------------------------------------------------
// The admin's words for each problem.

interface Entry {
  message: string;
  description?: string;
}

function locale(lang: 'en' | 'sv'): Record<string, Entry> {
  return JSON.parse(readFileSync(path.resolve(process.cwd(), 'public/_locales', lang, 'messages.json'), 'utf8'));
}

export const EN = locale('en');
export const SV = locale('sv');

/**
 * The problem names a message the admin can act on, in English and in Swedish, and not one of
 * the catch-all messages kept for problems a field should never have ("is-a-key" for the key).
 */
export function expectClearMessage(field: 'key' | 'secret', problem: CredentialProblem): void {
  const id = problemMessageKey(field, problem);
  expect(EN[id]?.message?.trim().length ?? 0, `English message ${id}`).toBeGreaterThan(10);
  expect(SV[id]?.message?.trim().length ?? 0, `Swedish message ${id}`).toBeGreaterThan(10);
  expect(SV[id]?.message, `Swedish message ${id} is translated`).not.toBe(EN[id]?.message);
  expect(EN[id]?.description ?? '', `${id} is a catch-all`).not.toMatch(/^Generic/);
}

/** No key in progress, no secret in storage.session, no part of a credential anywhere in storage. */
export async function expectNothingStored(): Promise<void> {
  const progress = await readProgress();
  expect(progress.consumerKey === undefined, 'progress holds no consumer key').toBe(true);
  expect(progress.credentialSource, 'progress names no credential source').toBeUndefined();
  expect((await readSecret()) === undefined, 'no secret is held').toBe(true);
  const session = await fakeBrowser.storage.session.get(null);
  expect(KEYS.secret in session, 'storage.session has no secret entry').toBe(false);
  const everything = JSON.stringify([await fakeBrowser.storage.local.get(null), session]);
  expect(FRAGMENTS.some((fragment) => everything.includes(fragment)), 'storage holds part of a credential').toBe(false);
}

/** The held key and secret are exactly these (compared without printing them). */
export async function expectHeld(key: string, secret: string): Promise<void> {
  expect((await readProgress()).consumerKey === key, 'the held key is the expected one').toBe(true);
  expect((await readSecret()) === secret, 'the held secret is the expected one').toBe(true);
}

// ---------------------------------------------------------------------------------------------
// Malformed credentials.

export interface RefusedCase {
  name: string;
  key: string;
  secret: string;
  /** What the hub answers for each field it refuses. */
  problems: { key?: CredentialProblem; secret?: CredentialProblem };
}

const NBSP = '\u00a0';
const ZWSP = '\u200b';
const ZWJ = '\u200d';
const ELLIPSIS = '\u2026';
const CYRILLIC_EM = '\u041c'; // looks like M
const CYRILLIC_A = '\u0430'; // looks like a
const FULLWIDTH_THREE = '\uff13'; // looks like 3
const GREEK_OMICRON = '\u03bf'; // looks like o

/** Middle of a value, to break it in two. */
const half = (value: string) => Math.floor(value.length / 2);
const broken = (value: string, by: string) => `${value.slice(0, half(value))}${by}${value.slice(half(value))}`;
const replaceAt = (value: string, index: number, by: string) => `${value.slice(0, index)}${by}${value.slice(index + 1)}`;

/** As Salesforce (and this extension's popup) list a key: its start, an ellipsis, its end. */
const shortened = (value: string, dots: string) => `${value.slice(0, 8)}${dots}${value.slice(-4)}`;

export const REFUSED: RefusedCase[] = [
  // Nothing, or only what copying adds.
  { name: 'both fields empty', key: '', secret: '', problems: { key: 'empty', secret: 'empty' } },
  { name: 'key field only spaces and line breaks', key: '  \r\n\t ', secret: HEX_SECRET, problems: { key: 'empty' } },
  { name: 'secret field only spaces and line breaks', key: KEY, secret: '\n \n', problems: { secret: 'empty' } },
  { name: 'secret field empty', key: KEY, secret: '', problems: { secret: 'empty' } },

  // Whitespace inside, from copying a wrapped or split value.
  { name: 'key wrapped onto two lines', key: broken(KEY, '\n'), secret: HEX_SECRET, problems: { key: 'inner-space' } },
  { name: 'key with a space in the middle', key: broken(KEY, ' '), secret: HEX_SECRET, problems: { key: 'inner-space' } },
  { name: 'key with a tab in the middle', key: broken(KEY, '\t'), secret: HEX_SECRET, problems: { key: 'inner-space' } },
  { name: 'key with a non-breaking space in the middle', key: broken(KEY, NBSP), secret: HEX_SECRET, problems: { key: 'inner-space' } },
  { name: 'key copied together with its label', key: `Consumer Key\t${KEY}`, secret: HEX_SECRET, problems: { key: 'inner-space' } },
  { name: 'secret wrapped onto two lines (CRLF)', key: KEY, secret: broken(HEX_SECRET, '\r\n'), problems: { secret: 'inner-space' } },
  { name: 'secret with a space in the middle', key: KEY, secret: broken(WIDE_SECRET, ' '), problems: { secret: 'inner-space' } },

  // Markup and quoting from copying a page or a file.
  { name: 'key in bold tags', key: `<b>${KEY}</b>`, secret: HEX_SECRET, problems: { key: 'markup' } },
  { name: 'key in a copied table cell', key: `<td class="dataCol">${KEY}</td>`, secret: HEX_SECRET, problems: { key: 'markup' } },
  { name: 'secret in code tags', key: KEY, secret: `<code>${HEX_SECRET}</code>`, problems: { secret: 'markup' } },
  { name: 'key in straight double quotes', key: `"${KEY}"`, secret: HEX_SECRET, problems: { key: 'wrong-prefix' } },
  { name: 'key in typographic quotes', key: `\u201c${KEY}\u201d`, secret: HEX_SECRET, problems: { key: 'wrong-prefix' } },
  { name: 'key copied from an authorize URL parameter', key: `client_id=${KEY}`, secret: HEX_SECRET, problems: { key: 'wrong-prefix' } },
  { name: 'key with an HTML entity inside', key: `${KEY}&amp;x`, secret: HEX_SECRET, problems: { key: 'bad-characters' } },
  { name: 'secret in straight double quotes', key: KEY, secret: `"${HEX_SECRET}"`, problems: { secret: 'bad-characters' } },

  // Truncated, or shortened for display.
  { name: 'key cut off after 30 characters', key: KEY.slice(0, 30), secret: HEX_SECRET, problems: { key: 'too-short' } },
  { name: 'key as listed, shortened with an ellipsis character', key: shortened(KEY, ELLIPSIS), secret: HEX_SECRET, problems: { key: 'bad-characters' } },
  { name: 'key as listed, shortened with three dots', key: shortened(KEY, '...'), secret: HEX_SECRET, problems: { key: 'too-short' } },
  { name: 'secret cut off after 10 characters', key: KEY, secret: HEX_SECRET.slice(0, 10), problems: { secret: 'too-short' } },
  { name: 'secret shortened with an ellipsis character', key: KEY, secret: shortened(HEX_SECRET, ELLIPSIS), problems: { secret: 'bad-characters' } },
  { name: 'secret shortened with three dots', key: KEY, secret: shortened(HEX_SECRET, '...'), problems: { secret: 'too-short' } },
  { name: 'secret as shown masked with bullets', key: KEY, secret: '\u2022'.repeat(64), problems: { secret: 'bad-characters' } },
  { name: 'secret as shown masked with asterisks', key: KEY, secret: '*'.repeat(64), problems: { secret: 'bad-characters' } },

  // Wrong prefix.
  { name: 'key with another first letter', key: `X${KEY.slice(1)}`, secret: HEX_SECRET, problems: { key: 'wrong-prefix' } },
  { name: 'key with its prefix in lower case', key: `3mvg${KEY.slice(4)}`, secret: HEX_SECRET, problems: { key: 'wrong-prefix' } },
  { name: 'a UUID-shaped client id from another product', key: '0f8fad5b-d9cb-469f-a165-70867728950e', secret: HEX_SECRET, problems: { key: 'wrong-prefix' } },

  // Too long.
  { name: 'key pasted ten times over', key: KEY.repeat(10), secret: HEX_SECRET, problems: { key: 'too-long' } },
  { name: 'key of 10,000 characters', key: `3MVG9${'a'.repeat(9_995)}`, secret: HEX_SECRET, problems: { key: 'too-long' } },
  { name: 'secret pasted three times over', key: KEY, secret: HEX_SECRET.repeat(3), problems: { secret: 'too-long' } },
  { name: 'secret of 10,000 characters', key: KEY, secret: 'F'.repeat(10_000), problems: { secret: 'too-long' } },

  // In the wrong field.
  { name: 'hex secret pasted into the key field', key: HEX_SECRET, secret: HEX_SECRET, problems: { key: 'is-a-secret' } },
  { name: '19-digit secret pasted into the key field', key: OLD_SECRET, secret: OLD_SECRET, problems: { key: 'is-a-secret' } },
  { name: 'key pasted into both fields', key: KEY, secret: KEY, problems: { secret: 'is-a-key' } },
  { name: 'key and secret swapped', key: HEX_SECRET, secret: KEY, problems: { key: 'is-a-secret', secret: 'is-a-key' } },

  // Non-ASCII lookalikes and invisible characters.
  { name: 'key whose M is Cyrillic', key: replaceAt(KEY, 1, CYRILLIC_EM), secret: HEX_SECRET, problems: { key: 'wrong-prefix' } },
  { name: 'key whose 3 is a full-width digit', key: replaceAt(KEY, 0, FULLWIDTH_THREE), secret: HEX_SECRET, problems: { key: 'wrong-prefix' } },
  { name: 'key with a Cyrillic a inside', key: replaceAt(KEY, 20, CYRILLIC_A), secret: HEX_SECRET, problems: { key: 'bad-characters' } },
  { name: 'key with a zero-width space inside', key: broken(KEY, ZWSP), secret: HEX_SECRET, problems: { key: 'bad-characters' } },
  { name: 'key with a zero-width space at its end (not trimmed)', key: `${KEY}${ZWSP}`, secret: HEX_SECRET, problems: { key: 'bad-characters' } },
  { name: 'secret with a Greek omicron for a zero', key: KEY, secret: replaceAt(WIDE_SECRET, 5, GREEK_OMICRON), problems: { secret: 'bad-characters' } },
  { name: 'secret in full-width digits', key: KEY, secret: '\uff11'.repeat(19), problems: { secret: 'bad-characters' } },
  { name: 'secret with a zero-width joiner inside', key: KEY, secret: broken(HEX_SECRET, ZWJ), problems: { secret: 'bad-characters' } },
  { name: 'secret ending in an exclamation mark', key: KEY, secret: `${HEX_SECRET}!`, problems: { secret: 'bad-characters' } },
];

export interface AcceptedCase {
  name: string;
  key: string;
  secret: string;
  /** What is held afterwards: the value without what copying added around it. */
  heldKey: string;
  heldSecret: string;
}

/** Whitespace around a value is what copying adds; the product trims it on purpose. */
export const ACCEPTED_AFTER_CLEANING: AcceptedCase[] = [
  { name: 'key with spaces around it', key: `  ${KEY}  `, secret: HEX_SECRET, heldKey: KEY, heldSecret: HEX_SECRET },
  { name: 'key followed by a Windows line break', key: `${KEY}\r\n`, secret: HEX_SECRET, heldKey: KEY, heldSecret: HEX_SECRET },
  { name: 'key after a tab, secret before a line break', key: `\t${KEY}`, secret: `${WIDE_SECRET}\n`, heldKey: KEY, heldSecret: WIDE_SECRET },
  { name: 'key between non-breaking spaces', key: `${NBSP}${KEY}${NBSP}`, secret: HEX_SECRET, heldKey: KEY, heldSecret: HEX_SECRET },
  { name: 'key after a byte order mark', key: `\ufeff${KEY}`, secret: HEX_SECRET, heldKey: KEY, heldSecret: HEX_SECRET },
  { name: '19-digit secret with spaces and a line break around it', key: KEY, secret: ` ${OLD_SECRET} \n`, heldKey: KEY, heldSecret: OLD_SECRET },
  { name: 'secret before a Unicode line separator', key: KEY, secret: `${HEX_SECRET}\u2028`, heldKey: KEY, heldSecret: HEX_SECRET },
];
