// Knowing Marketo's OAuth window (lib/background/oauth-window.ts): the tab whose authorisation
// request carries Marketo's callback, opened by a Marketo page; kept per tab in storage.session,
// so a restarted service worker still knows it; and what the hub answers and records for it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleRequest } from '../../lib/background/hub';
import { forgetTab, isMarketoAuthorizeRequest, isOAuthWindow, judgeAuthorizeRequest, type TabFacts } from '../../lib/background/oauth-window';
import type { Sender } from '../../lib/background/senders';
import { RequestSchema, type Request } from '../../lib/messages';
import { readProgress } from '../../lib/storage';

const CALLBACK = 'https://app.marketo.com/salesforce/getSfdcOAuthTokensRedirect';
const authorize = (host = 'login.salesforce.com', redirect = CALLBACK) =>
  `https://${host}/services/oauth2/authorize?${new URLSearchParams({ response_type: 'code', client_id: '3MVG9abc', redirect_uri: redirect, state: 's' })}`;
const MARKETO = 'https://app-ab12.marketo.com/#SF0A1';

/** Tabs as the browser would describe them: 7 is the window, opened by tab 3. */
function tabs(openerUrl: string | undefined, opener: number | null = 3) {
  const known: Record<number, TabFacts> = { 7: opener === null ? {} : { openerTabId: opener }, 3: { url: openerUrl } };
  return async (id: number) => known[id];
}

beforeEach(() => fakeBrowser.reset());

describe('which request is Marketo’s', () => {
  it.each([
    [authorize(), true],
    [authorize('acme.my.salesforce.com'), true],
    [authorize('login.salesforce.com', 'https://app.example.test/callback'), false],
    [authorize('login.salesforce.com', `${CALLBACK}/evil`), false],
    ['https://login.salesforce.com/services/oauth2/token?redirect_uri=' + encodeURIComponent(CALLBACK), false],
    ['not a url', false],
  ])('%s: %s', (url, expected) => {
    expect(isMarketoAuthorizeRequest(url)).toBe(expected);
  });
});

describe('knowing the window', () => {
  it('writes nothing when the window is judged again, and still knows it', async () => {
    const written = vi.spyOn(fakeBrowser.storage.session, 'set');
    await judgeAuthorizeRequest(7, authorize(), tabs(MARKETO));
    await judgeAuthorizeRequest(7, authorize('acme.my.salesforce.com'), tabs(MARKETO));
    expect(written).toHaveBeenCalledTimes(1);
    expect(await isOAuthWindow(7)).toBe(true);
    written.mockRestore();
  });

  it.each([
    ['Marketo’s admin application', MARKETO],
    ['the Adobe shell around it', 'https://experience.adobe.com/#/@acme/so:123-ABC-456/marketo-engage/classic/'],
  ])('marks a tab opened by %s that asks with Marketo’s callback', async (_name, opener) => {
    await judgeAuthorizeRequest(7, authorize(), tabs(opener));
    expect(await isOAuthWindow(7)).toBe(true);
    expect(await isOAuthWindow(3)).toBe(false);
  });

  it.each([
    ['a tab the admin opened by hand (no opener)', tabs(MARKETO, null), authorize()],
    ['a tab a Marketo landing page opened', tabs('https://app-ab12.marketo.com/lp/offer.html'), authorize()],
    ['a tab a lookalike opened', tabs('https://app-ab12.marketo.com.evil.test/'), authorize()],
    ['a tab another site opened', tabs('https://www.example.test/'), authorize()],
    ['another app’s sign-in from Marketo', tabs(MARKETO), authorize('login.salesforce.com', 'https://other.example.test/cb')],
  ])('does not mark %s', async (_name, getTab, url) => {
    await judgeAuthorizeRequest(7, url, getTab);
    expect(await isOAuthWindow(7)).toBe(false);
  });

  it('marks a window Firefox opened without an opener tab, by the Marketo page that started the request', async () => {
    await judgeAuthorizeRequest(7, authorize(), tabs(MARKETO, null), MARKETO);
    expect(await isOAuthWindow(7)).toBe(true);
  });

  it.each([
    ['a landing page', 'https://app-ab12.marketo.com/lp/offer.html'],
    ['a lookalike', 'https://app-ab12.marketo.com.evil.test/'],
  ])('does not mark a window Firefox says %s started', async (_name, origin) => {
    await judgeAuthorizeRequest(7, authorize(), tabs(MARKETO, null), origin);
    expect(await isOAuthWindow(7)).toBe(false);
  });

  it('keeps the fact in storage.session, where a restarted worker finds it', async () => {
    await judgeAuthorizeRequest(7, authorize(), tabs(MARKETO));
    expect(await fakeBrowser.storage.session.get('oauthWindows')).toEqual({ oauthWindows: { 7: true } });
  });

  it('forgets the tab when it closes, or when it starts another app’s sign-in', async () => {
    await judgeAuthorizeRequest(7, authorize(), tabs(MARKETO));
    await judgeAuthorizeRequest(7, authorize('login.salesforce.com', 'https://other.example.test/cb'), tabs(MARKETO));
    expect(await isOAuthWindow(7)).toBe(false);
    await judgeAuthorizeRequest(7, authorize(), tabs(MARKETO));
    await forgetTab(7);
    expect(await isOAuthWindow(7)).toBe(false);
  });

  it('reads junk in storage as no window', async () => {
    await fakeBrowser.storage.session.set({ oauthWindows: { 7: 'yes', x: true } });
    expect(await isOAuthWindow(7)).toBe(false);
    await fakeBrowser.storage.session.set({ oauthWindows: 'junk' });
    expect(await isOAuthWindow(7)).toBe(false);
  });
});

describe('the hub and the window', () => {
  const ask = <R extends Request>(request: R, sender: Sender) => handleRequest(RequestSchema.parse(request) as R, sender);
  const inTab = (url: string, tabId: number, tabUrl = url, frameId = 0): Sender =>
    ({ id: fakeBrowser.runtime.id, url, frameId, tab: { id: tabId, url: tabUrl } as Sender['tab'] });
  const APPROVAL = 'https://acme.my.salesforce.com/setup/secur/RemoteAccessAuthorizationPage.apexp?source=abc';
  const VERIFY = 'https://acme.my.salesforce.com/_ui/identity/verification/method/EmailVerificationFinishUi/e';

  beforeEach(() => judgeAuthorizeRequest(7, authorize(), tabs(MARKETO)));

  it('answers whether a page is in the window: its top frame only', async () => {
    expect(await ask({ kind: 'oauth-window' }, inTab(VERIFY, 7))).toEqual({ oauthWindow: true });
    expect(await ask({ kind: 'oauth-window' }, inTab(VERIFY, 9))).toEqual({ oauthWindow: false });
    expect(await ask({ kind: 'oauth-window' }, inTab(VERIFY, 7, VERIFY, 2))).toEqual({ oauthWindow: false });
    expect(await ask({ kind: 'oauth-window' }, inTab('https://acme.my.salesforce.com.evil.test/', 7))).toBeUndefined();
  });

  it('records the window’s org from its host, and does not take it for the journey’s Setup', async () => {
    await ask({ kind: 'observe', observation: { type: 'approval-user', user: 'marketo.sync@acme.com' } }, inTab(APPROVAL.replace('acme.', 'acme--uat.sandbox.'), 7));
    const progress = await readProgress();
    expect(progress.windowOrg).toEqual({ name: 'acme--uat', sandbox: true });
    expect(progress.hosts.salesforce).toBeUndefined();
  });

  it('records the org the key and secret were captured in', async () => {
    const setup = 'https://acme--uat.sandbox.lightning.force.com/lightning/setup/ManageExternalClientApplication/home';
    const details = 'https://acme--uat.sandbox.my.salesforce.com/app/mgmt/forceconnectedapps/forceAppConsumerDetails.apexp';
    const key = `3MVG9${'rJ8x_Q.k2Lm'.repeat(8)}`;
    const secret = 'A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7E8F90';
    expect(await ask({ kind: 'captured', key, secret }, inTab(details, 4, setup, 3))).toEqual({ ok: true });
    expect((await readProgress()).credentialOrg).toEqual({ name: 'acme--uat', sandbox: true });
    // Pasted credentials say nothing of their org: the last one is not kept for them.
    await ask({ kind: 'paste-credentials', key, secret }, { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });
    expect((await readProgress()).credentialOrg).toBeUndefined();
  });
});
