// The background hands the consumer key and secret to a Marketo page only for filling them into
// Marketo's own admin application: exact app hosts, checked for the frame and for the tab.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleRequest } from '../../lib/background/hub';
import type { Sender } from '../../lib/background/senders';
import { RequestSchema, type Request } from '../../lib/messages';
import { same } from './no-secret-in-failures';

const KEY = `3MVG9${'rJ8x_Q.k2Lm'.repeat(8)}`;
const SECRET = 'A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7E8F90';

const popup = (): Sender => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });

function frame(url: string, tabUrl = url, frameId = 0): Sender {
  return { id: fakeBrowser.runtime.id, url, frameId, tab: { url: tabUrl } as Sender['tab'] };
}

const MARKETO = 'https://app-ab12.marketo.com/#SF0A1';
const ADOBE = 'https://experience.adobe.com/#/@acmecorp/so:123-ABC-456/marketo-engage/classic/';

function ask(request: Request, sender: Sender) {
  return handleRequest(RequestSchema.parse(request), sender);
}

beforeEach(() => fakeBrowser.reset());

describe('secret-for-fill', () => {
  it('answers the key and secret to the Marketo admin application in its own tab', async () => {
    await ask({ kind: 'paste-credentials', key: KEY, secret: SECRET }, popup());
    expect(same(await ask({ kind: 'secret-for-fill' }, frame(MARKETO)), { key: KEY, secret: SECRET })).toBe(true);
  });

  it('answers the Marketo app framed in the Adobe Experience Cloud shell', async () => {
    await ask({ kind: 'paste-credentials', key: KEY, secret: SECRET }, popup());
    expect(same(await ask({ kind: 'secret-for-fill' }, frame('https://app-ab12.marketo.com/', ADOBE, 7)), { key: KEY, secret: SECRET })).toBe(true);
  });

  it('answers an empty object when nothing is held', async () => {
    expect(await ask({ kind: 'secret-for-fill' }, frame(MARKETO))).toEqual({});
  });

  it.each([
    ['a lookalike host', frame('https://app-ab12.marketo.com.evil.test/#SF0A1')],
    ['a Marketo landing page', frame('https://app-ab12.marketo.com/lp/123-ABC-456/offer.html')],
    ['a landing page domain', frame('https://go.acme.marketo.com/lp/offer.html')],
    ['Marketo framed by a stranger', frame(MARKETO, 'https://www.example.test/', 3)],
    ['Marketo framed by another pod', frame(MARKETO, 'https://app-zz99.marketo.com/#SF0A1', 3)],
    ['the OAuth redirect page', frame('https://app.marketo.com/salesforce/getSfdcOAuthTokensRedirect?code=x')],
    ['the Adobe shell itself', frame(ADOBE)],
    ['Salesforce Setup', frame('https://acme.lightning.force.com/lightning/setup/NavigationMenus/home')],
    ['plain http', frame('http://app-ab12.marketo.com/#SF0A1')],
    ['another extension', { ...frame(MARKETO), id: 'someone-else' }],
    ['a frame without a tab', { id: fakeBrowser.runtime.id, url: MARKETO, frameId: 0 } as Sender],
    ['the popup', popup()],
  ])('refuses %s', async (_name, sender) => {
    await ask({ kind: 'paste-credentials', key: KEY, secret: SECRET }, popup());
    expect(await ask({ kind: 'secret-for-fill' }, sender)).toBeUndefined();
  });

  it('answers nothing once the sync runs and the secret is deleted', async () => {
    await ask({ kind: 'paste-credentials', key: KEY, secret: SECRET }, popup());
    await ask({ kind: 'observe', observation: { type: 'seen', milestone: 'mkto-sync-running' } }, frame(MARKETO));
    expect(await ask({ kind: 'secret-for-fill' }, frame(MARKETO))).toEqual({});
  });
});

describe('popups from the Marketo guide', () => {
  it('answers check-popups and allow-popups for the Marketo admin application', async () => {
    // fakeBrowser has no contentSettings: the answer is "unsupported", but an answer.
    expect(await ask({ kind: 'check-popups' }, frame(MARKETO))).toEqual({ state: 'unsupported' });
    expect(await ask({ kind: 'allow-popups' }, frame('https://app-ab12.marketo.com/', ADOBE, 7))).toEqual({ state: 'unsupported' });
  });

  it.each([
    ['a lookalike host', frame('https://app-ab12.marketo.com.evil.test/#SF0A1')],
    ['Salesforce Setup', frame('https://acme.lightning.force.com/lightning/setup/NavigationMenus/home')],
    ['the login host', frame('https://login.salesforce.com/')],
  ])('refuses allow-popups from %s', async (_name, sender) => {
    expect(await ask({ kind: 'allow-popups' }, sender)).toBeUndefined();
  });
});
