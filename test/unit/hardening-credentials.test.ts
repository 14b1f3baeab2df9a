// Hardening (issue 5): malformed consumer keys and secrets, pasted in the popup or captured on
// Salesforce's consumer details page. Each is refused with a message the admin can act on, and
// nothing of it is stored. Cases are named by description only (hardening-cases.ts).
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { RequestSchema } from '../../lib/messages';
import {
  ACCEPTED_AFTER_CLEANING,
  HEX_SECRET,
  KEY,
  OLD_SECRET,
  REFUSED,
  ask,
  expectClearMessage,
  expectHeld,
  expectNothingStored,
  named,
  popup,
  setupCapture,
  type RefusedCase,
} from './hardening-cases';

beforeEach(() => fakeBrowser.reset());

function expectClearMessages({ problems }: RefusedCase): void {
  if (problems.key) expectClearMessage('key', problems.key);
  if (problems.secret) expectClearMessage('secret', problems.secret);
}

describe('the case table', () => {
  it('has at least 30 refused cases and some that copying adds around a valid value', () => {
    expect(REFUSED.length).toBeGreaterThanOrEqual(30);
    expect(ACCEPTED_AFTER_CLEANING.length).toBeGreaterThanOrEqual(5);
    expect(new Set(REFUSED.map(({ name }) => name)).size).toBe(REFUSED.length);
  });
});

describe('pasted in the popup', () => {
  it.each(named(REFUSED))('refuses %s, says why, stores nothing', async (_name, input) => {
    const answer = await ask({ kind: 'paste-credentials', key: input.key, secret: input.secret }, popup());
    expect(answer).toEqual({ ok: false, ...input.problems });
    expectClearMessages(input);
    await expectNothingStored();
  });

  it.each(named(ACCEPTED_AFTER_CLEANING))('accepts %s, holding it without what copying added', async (_name, { key, secret, heldKey, heldSecret }) => {
    expect(await ask({ kind: 'paste-credentials', key, secret }, popup())).toEqual({ ok: true });
    await expectHeld(heldKey, heldSecret);
    expect((await fakeBrowser.storage.session.get(null)).secret).toMatch(/^\S+$/);
  });

  it('leaves the credentials held before in place when a later paste is refused', async () => {
    expect(await ask({ kind: 'paste-credentials', key: KEY, secret: HEX_SECRET }, popup())).toEqual({ ok: true });
    for (const input of REFUSED) {
      expect(await ask({ kind: 'paste-credentials', key: input.key, secret: input.secret }, popup()), input.name).toMatchObject({ ok: false });
    }
    await expectHeld(KEY, HEX_SECRET);
  });

  it('drops a paste too long to be a message before it reaches the hub (the popup says "too long" itself)', () => {
    const request = { kind: 'paste-credentials', key: `3MVG9${'a'.repeat(10_000)}`, secret: HEX_SECRET };
    expect(RequestSchema.safeParse(request).success).toBe(false);
  });
});

/** The capture message carries at most 2000 characters a field; longer ones are dropped unparsed. */
const CAPTURABLE = REFUSED.filter(({ key, secret }) => key.length <= 2000 && secret.length <= 2000);

describe('captured on the consumer details page in Setup', () => {
  it('covers nearly every refused case', () => {
    expect(CAPTURABLE.length).toBeGreaterThanOrEqual(REFUSED.length - 2);
  });

  it('holds a well-formed capture (the sender is trusted)', async () => {
    expect(await ask({ kind: 'captured', key: KEY, secret: OLD_SECRET }, setupCapture())).toEqual({ ok: true });
    await expectHeld(KEY, OLD_SECRET);
  });

  it.each(named(CAPTURABLE))('does not store %s', async (_name, input) => {
    const answer = await ask({ kind: 'captured', key: input.key, secret: input.secret }, setupCapture());
    expect(answer).toEqual({ ok: false, ...input.problems });
    await expectNothingStored();
  });

  it('drops a capture too long to be a message', () => {
    const request = { kind: 'captured', key: KEY.repeat(30), secret: HEX_SECRET };
    expect(RequestSchema.safeParse(request).success).toBe(false);
  });

  it('keeps an earlier capture when a malformed one follows', async () => {
    await ask({ kind: 'captured', key: KEY, secret: HEX_SECRET }, setupCapture());
    for (const input of CAPTURABLE) await ask({ kind: 'captured', key: input.key, secret: input.secret }, setupCapture());
    await expectHeld(KEY, HEX_SECRET);
  });
});
