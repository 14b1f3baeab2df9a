import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleRequest } from '../../lib/background/hub';
import type { Sender } from '../../lib/background/senders';
import { RequestSchema, type Request } from '../../lib/messages';
import { KEYS, readNotices, readProgress, readSecret } from '../../lib/storage';
import { holds, same } from './no-secret-in-failures';

const KEY = `3MVG9${'rJ8x_Q.k2Lm'.repeat(8)}`;
const SECRET = 'A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7E8F90';

const popup = (): Sender => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });

/** A content script in a frame whose tab shows `tabUrl`. */
function frame(url: string, tabUrl = url, frameId = 0): Sender {
  return { id: fakeBrowser.runtime.id, url, frameId, tab: { url: tabUrl } as Sender['tab'] };
}

const SETUP = 'https://acme.lightning.force.com/lightning/setup/NavigationMenus/home';
const CLASSIC = 'https://acme.my.salesforce.com/app/mgmt/forceconnectedapps/forceAppDetail.apexp';

/** As the background does: parse first, then answer. */
function ask<R extends Request>(request: R, sender: Sender) {
  return handleRequest(RequestSchema.parse(request) as R, sender);
}

beforeEach(() => fakeBrowser.reset());

describe('observations from pages', () => {
  it('reduces a fact from a Setup frame and learns the org from the top frame', async () => {
    expect(await ask({ kind: 'observe', observation: { type: 'seen', milestone: 'sf-app-manager' } }, frame(SETUP))).toEqual({ ok: true });
    const progress = await readProgress();
    expect(progress.seen['sf-app-manager']).toBeTypeOf('number');
    expect(progress.hosts.salesforce).toBe('https://acme.lightning.force.com');
  });

  it('does not learn the Setup address from a framed classic page', async () => {
    await ask({ kind: 'observe', observation: { type: 'seen', milestone: 'ca-form' } }, frame(CLASSIC, SETUP, 3));
    expect((await readProgress()).hosts.salesforce).toBeUndefined();
  });

  it.each([
    ['a lookalike host', frame('https://acme.lightning.force.com.evil.test/lightning/setup/NavigationMenus/home')],
    ['a Visualforce page', frame('https://acme--c.vf.force.com/apex/Fake')],
    ['plain http', frame('http://acme.lightning.force.com/lightning/setup/NavigationMenus/home')],
    ['another extension', { ...frame(SETUP), id: 'someone-else' }],
  ])('ignores facts from %s', async (_name, sender) => {
    expect(await ask({ kind: 'observe', observation: { type: 'seen', milestone: 'sf-app-manager' } }, sender)).toBeUndefined();
    expect((await readProgress()).seen).toEqual({});
  });

  it('switches to the External Client App path with a notice when Connected Apps are off', async () => {
    await ask({ kind: 'choose-path', path: 'connected-app' }, popup());
    await ask({ kind: 'observe', observation: { type: 'connected-apps-disabled' } }, frame(SETUP));
    expect((await readProgress()).path).toBe('eca');
    expect(await readNotices()).toEqual(['switched-to-eca']);
  });

  it('deletes the secret once the sync runs', async () => {
    await ask({ kind: 'paste-credentials', key: KEY, secret: SECRET }, popup());
    expect(same(await readSecret(), SECRET)).toBe(true);
    await ask({ kind: 'observe', observation: { type: 'seen', milestone: 'mkto-sync-running' } }, frame('https://app-ab12.marketo.com/#SF0A1'));
    expect((await readSecret()) === undefined).toBe(true);
    expect((await readProgress()).completedAt).toBeTypeOf('number');
  });
});

describe('credentials', () => {
  it('keeps the key with the progress and the secret in session storage only', async () => {
    expect(await ask({ kind: 'paste-credentials', key: ` ${KEY}\n`, secret: SECRET }, popup())).toEqual({ ok: true });
    const progress = await readProgress();
    expect(holds(progress, { consumerKey: KEY, credentialSource: 'pasted' })).toBe(true);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null)).includes(SECRET)).toBe(false);
    expect(same((await fakeBrowser.storage.session.get(KEYS.secret))[KEYS.secret], SECRET)).toBe(true);
  });

  it('names the problem of each malformed field and stores nothing', async () => {
    expect(await ask({ kind: 'paste-credentials', key: 'hello', secret: '' }, popup())).toEqual({ ok: false, key: 'wrong-prefix', secret: 'empty' });
    expect(await ask({ kind: 'paste-credentials', key: KEY, secret: KEY }, popup())).toEqual({ ok: false, secret: 'is-a-key' });
    expect((await readProgress()).consumerKey === undefined).toBe(true);
    expect((await readSecret()) === undefined).toBe(true);
  });

  it('accepts a capture from a Setup frame of the org whose Setup holds it', async () => {
    expect(await ask({ kind: 'captured', key: KEY, secret: SECRET }, frame(CLASSIC, SETUP, 2))).toEqual({ ok: true });
    expect(holds(await readProgress(), { consumerKey: KEY, credentialSource: 'captured' })).toBe(true);
  });

  it.each([
    ['another org framed in Setup', frame('https://other.my.salesforce.com/x', SETUP, 2)],
    ['a Setup frame inside a foreign page', frame(CLASSIC, 'https://evil.test/', 2)],
    ['a Marketo page', frame('https://app-ab12.marketo.com/')],
    ['the popup', popup()],
  ])('refuses a capture from %s', async (_name, sender) => {
    expect(await ask({ kind: 'captured', key: KEY, secret: SECRET }, sender)).toBeUndefined();
    expect((await readSecret()) === undefined).toBe(true);
  });

  it('clears both on request', async () => {
    await ask({ kind: 'paste-credentials', key: KEY, secret: SECRET }, popup());
    await ask({ kind: 'clear-credentials' }, popup());
    expect((await readProgress()).consumerKey === undefined).toBe(true);
    expect((await readSecret()) === undefined).toBe(true);
  });
});

describe("the admin's actions", () => {
  it('are taken from extension pages only', async () => {
    expect(await ask({ kind: 'tick', item: 'api-access', done: true }, frame(SETUP))).toBeUndefined();
    expect(await ask({ kind: 'paste-credentials', key: KEY, secret: SECRET }, frame(SETUP))).toBeUndefined();
    expect((await readProgress()).ticks).toEqual({});
    expect(await ask({ kind: 'tick', item: 'api-access', done: true }, popup())).toEqual({ ok: true });
    expect((await readProgress()).ticks).toEqual({ 'api-access': true });
  });

  it('reset starts over for another pair: forgets the secret and the learned hosts', async () => {
    await ask({ kind: 'observe', observation: { type: 'seen', milestone: 'sf-app-manager' } }, frame(SETUP));
    await ask({ kind: 'paste-credentials', key: KEY, secret: SECRET }, popup());
    await ask({ kind: 'reset' }, popup());
    const progress = await readProgress();
    expect(progress.seen).toEqual({});
    expect(progress.consumerKey === undefined).toBe(true);
    expect(progress.hosts).toEqual({});
    expect((await readSecret()) === undefined).toBe(true);
  });

  it('applies updates arriving together one after another, losing none', async () => {
    await Promise.all([
      ask({ kind: 'tick', item: 'api-access', done: true }, popup()),
      ask({ kind: 'tick', item: 'sync-user', done: true }, popup()),
      ask({ kind: 'observe', observation: { type: 'seen', milestone: 'sf-app-manager' } }, frame(SETUP)),
      ask({ kind: 'observe', observation: { type: 'seen', milestone: 'eca-form' } }, frame(SETUP)),
    ]);
    const progress = await readProgress();
    expect(progress.ticks).toEqual({ 'api-access': true, 'sync-user': true });
    expect(Object.keys(progress.seen).sort()).toEqual(['eca-form', 'sf-app-manager']);
  });

  it('answers that popups cannot be checked where contentSettings is missing', async () => {
    expect(await ask({ kind: 'check-popups' }, popup())).toEqual({ state: 'unsupported' });
    expect((await readProgress()).popups).toBe('unknown');
  });
});

describe('malformed messages', () => {
  it.each([
    [{ kind: 'tick', item: 'no-such-step', done: true }],
    [{ kind: 'observe', observation: { type: 'seen', milestone: 'made-up' } }],
    [{ kind: 'paste-credentials', key: 1, secret: 2 }],
    [{ kind: 'nope' }],
    ['a string'],
    [null],
  ])('does not parse %j', (message) => {
    expect(RequestSchema.safeParse(message).success).toBe(false);
  });
});

describe('guide context for content scripts', () => {
  it('gives a console frame the checklist, knowing whether the secret is held', async () => {
    await ask({ kind: 'paste-credentials', key: KEY, secret: SECRET }, popup());
    const context = await ask({ kind: 'guide-context' }, frame(SETUP));
    expect(context?.checklist.items.find((item) => item.id === 'app-credentials')?.status).toBe('done');
    expect(context?.settings.appName).toBe('Marketo Sync');
  });

  it('gives nothing to a frame outside the consoles', async () => {
    expect(await ask({ kind: 'guide-context' }, frame('https://www.example.test/'))).toBeUndefined();
  });
});
