// Hardening (issue 5): lookalike and hostile hosts, customer-authored pages on the vendors' own
// domains, and sandboxed frames on trusted hosts. Each sender is built as the browser describes
// it (runtime.MessageSender) and goes through the background's own checks: a capture from it is
// not stored, and it is handed no key or secret to fill.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Sender } from '../../lib/background/senders';
import { readProgress } from '../../lib/storage';
import {
  ADOBE_SHELL,
  CONSUMER_DETAILS,
  HEX_SECRET,
  KEY,
  MARKETO,
  SETUP,
  ask,
  expectHeld,
  expectNothingStored,
  frame,
  named,
  popup,
} from './hardening-cases';

beforeEach(() => fakeBrowser.reset());

const top = (url: string) => frame(url);
const CONSUMER_PATH = '/app/mgmt/forceconnectedapps/forceAppConsumerDetails.apexp?applicationId=0xI000000000001';
const framed = (url: string, tabUrl: string) => frame(url, tabUrl, 4);

/** Written with the lookalike letter; the browser reports the host in punycode (xn--). */
const punycodeHost = (url: string) => new URL(url).href;

interface HostileCase {
  name: string;
  sender: Sender;
}

const HOSTILE: HostileCase[] = [
  // Lookalikes of Salesforce's hosts.
  { name: 'Setup host with a foreign suffix', sender: top('https://acme.lightning.force.com.evil.test/lightning/setup/NavigationMenus/home') },
  { name: 'a hyphenated lookalike domain (evil-force.com)', sender: top('https://evil-force.com/lightning/setup/NavigationMenus/home') },
  { name: 'the Setup host with dots turned into hyphens', sender: top('https://acme-lightning-force.com/lightning/setup/') },
  { name: 'Setup host with a foreign suffix, in upper case', sender: top('HTTPS://ACME.LIGHTNING.FORCE.COM.EVIL.TEST/lightning/setup/') },
  { name: 'an IDN lookalike of force.com (Cyrillic es)', sender: top(punycodeHost('https://acme.lightning.for\u0441e.com/lightning/setup/')) },
  { name: 'Setup over plain http', sender: frame('http://acme.my.salesforce.com/app/mgmt/forceconnectedapps/forceAppDetail.apexp', 'http://acme.lightning.force.com/lightning/setup/', 2) },
  { name: 'a Setup host name with a trailing dot', sender: frame('https://acme.my.salesforce.com./app/mgmt/forceconnectedapps/forceAppDetail.apexp', 'https://acme.lightning.force.com./lightning/setup/', 2) },
  { name: 'a Setup address as userinfo before a foreign host', sender: top('https://acme.lightning.force.com@evil.test/lightning/setup/') },
  { name: 'a Setup address in the query of a foreign page', sender: top('https://evil.test/?next=https://acme.lightning.force.com/lightning/setup/') },
  { name: 'a Setup page as a blob URL', sender: framed('blob:https://acme.lightning.force.com/7f0c8a52-0f65-4a4b-9d2e-1b9a3c6f2e11', SETUP) },
  // Customer-authored pages served from Salesforce's own domains, even framed inside Setup.
  { name: 'a Visualforce page (vf.force.com) framed in Setup', sender: framed('https://acme--c.vf.force.com/apex/ConsumerDetails', SETUP) },
  { name: 'a Visualforce page of a sandbox (sandbox.vf.force.com)', sender: framed('https://acme--uat--c.sandbox.vf.force.com/apex/Fake', SETUP) },
  { name: 'a Visualforce page on visualforce.com', sender: framed('https://acme--c.visualforce.com/apex/Fake', SETUP) },
  { name: 'an Experience Cloud site (my.site.com)', sender: top('https://acme.my.site.com/s/consumer-details') },
  { name: 'a force.com community', sender: top('https://acme.force.com/s/') },
  { name: 'a Salesforce Sites page (my.salesforce-sites.com)', sender: top('https://acme.my.salesforce-sites.com/') },
  { name: 'an uploaded file (file.force.com) framed in Setup', sender: framed('https://acme.file.force.com/sfc/servlet.shepherd/document/download/069000000000001', SETUP) },
  { name: 'a document (documentforce.com) framed in Setup', sender: framed('https://acme--c.documentforce.com/servlet/servlet.FileDownload?file=015000000000001', SETUP) },
  // Setup of one org seen through another.
  { name: 'a Setup frame inside a tab on an IDN lookalike org name', sender: framed(CONSUMER_DETAILS, punycodeHost('https://\u0430cme.lightning.force.com/lightning/setup/')) },
  { name: 'the Salesforce login page', sender: top('https://login.salesforce.com/?un=admin%40acme.test') },
  // Pages of the org itself that are not the consumer details page (issue 10): any Lightning page
  // runs scripts that can put the consumer details path in the address with history.pushState.
  { name: 'a Lightning page of the org at the consumer details path (pushState)', sender: top(`https://acme.lightning.force.com${CONSUMER_PATH}`) },
  { name: 'a Lightning page of the org framing the consumer details path (pushState)', sender: framed(`https://acme.lightning.force.com${CONSUMER_PATH}`, SETUP) },
  { name: 'Lightning Setup of the org', sender: top(SETUP) },
  { name: 'a Lightning page on the Setup host at the consumer details path', sender: top(`https://acme.my.salesforce-setup.com${CONSUMER_PATH}`.replace('/app/mgmt', '/lightning/app/mgmt')) },
  { name: 'identity verification on the classic host, framed in Setup', sender: frame('https://acme.my.salesforce.com/_ui/identity/verification/method/EmailVerificationFinishUi/e', SETUP, 2) },
  { name: 'another classic Setup page of the org, framed in Setup', sender: frame('https://acme.my.salesforce.com/setup/forcecomHomepage.apexp', SETUP, 2) },

  // Lookalikes of Marketo's hosts.
  { name: 'Marketo app host with a foreign suffix', sender: top('https://app-ab12.marketo.com.evil.test/#SF0A1') },
  { name: 'a lookalike domain glued to marketo (evilmarketo.com)', sender: top('https://evilmarketo.com/#SF0A1') },
  { name: 'a hyphenated lookalike domain (evil-marketo.com)', sender: top('https://evil-marketo.com/#SF0A1') },
  { name: 'the Marketo app host under another top-level domain (.co)', sender: top('https://app-ab12.marketo.co/#SF0A1') },
  { name: 'an IDN lookalike of marketo.com (Cyrillic ie)', sender: top(punycodeHost('https://app-ab12.mark\u0435to.com/#SF0A1')) },
  { name: 'a Marketo address as userinfo before a foreign host', sender: top('https://app-ab12.marketo.com@evil.test/#SF0A1') },
  { name: 'a Marketo app host name with a trailing dot', sender: top('https://app-ab12.marketo.com./#SF0A1') },
  { name: 'a Marketo app host with a foreign suffix, in upper case', sender: top('HTTPS://APP-AB12.MARKETO.COM.EVIL.TEST/#SF0A1') },
  { name: 'Marketo over plain http', sender: top('http://app-ab12.marketo.com/#SF0A1') },
  // Landing pages: customer-authored, on Marketo's domains or the customer's own.
  { name: 'a landing page on the app host', sender: top('https://app-ab12.marketo.com/lp/123-ABC-456/sync-with-salesforce.html') },
  { name: 'a landing page on the app host, path in upper case', sender: top('https://app-ab12.marketo.com/LP/123-ABC-456/sync-with-salesforce.html') },
  { name: 'a landing page on the app host, path with a doubled slash', sender: top('https://app-ab12.marketo.com//lp/123-ABC-456/sync-with-salesforce.html') },
  { name: 'a landing page on the app host, path percent-encoded', sender: top('https://app-ab12.marketo.com/%6Cp/123-ABC-456/sync-with-salesforce.html') },
  { name: 'a landing page on the app host, path with a parameter', sender: top('https://app-ab12.marketo.com/lp;jsessionid=1/123-ABC-456/sync-with-salesforce.html') },
  { name: 'the Marketo app framed by a landing page on its own host', sender: framed(MARKETO, 'https://app-ab12.marketo.com/lp/123-ABC-456/offer.html') },
  { name: 'a landing page on a pod landing host (na-ab12.marketo.com)', sender: top('https://na-ab12.marketo.com/lp/123-ABC-456/offer.html') },
  { name: 'a landing page on mktoweb.com', sender: top('https://123-abc-456.mktoweb.com/lp/offer.html') },
  { name: 'a landing page on the customer domain (go.acme.com)', sender: top('https://go.acme.com/sync-with-salesforce.html') },
  { name: 'a landing page on the customer domain (info.acme.com)', sender: framed('https://info.acme.com/lp/offer.html', ADOBE_SHELL) },
  { name: 'a Marketo subdomain that is not an app host', sender: top('https://lp.marketo.com/#SF0A1') },
  // Other customer-authored paths on the app host: the admin application is an allow-list (issue 10).
  { name: 'a customer file under /rs/ on the app host', sender: top('https://app-ab12.marketo.com/rs/123-ABC-456/images/sync.html') },
  { name: 'a form page on the app host (/index.php/form/)', sender: top('https://app-ab12.marketo.com/index.php/form/XDFrame') },
  { name: 'the app host root spelled with a doubled slash', sender: top('https://app-ab12.marketo.com//#SF0A1') },
  { name: 'the app host root spelled with an encoded slash', sender: top('https://app-ab12.marketo.com/%2F#SF0A1') },
  { name: 'the Marketo app framed by a /rs/ page on its own host', sender: framed(MARKETO, 'https://app-ab12.marketo.com/rs/123-ABC-456/images/frame.html') },
  // Marketo seen through something else.
  { name: 'the Marketo app framed by a stranger', sender: framed(MARKETO, 'https://evil.test/') },
  { name: 'the Marketo app framed by an Adobe lookalike', sender: framed(MARKETO, 'https://experience.adobe.com.evil.test/') },
];

/**
 * Sandboxed frames on the trusted hosts themselves: the address is the console's, but the
 * document's origin is opaque ("null"), as in an <iframe sandbox> without allow-same-origin or a
 * page served with CSP sandbox. Chrome reports that origin in sender.origin.
 */
const SANDBOXED: HostileCase[] = [
  { name: 'a sandboxed frame on Setup, framed in Setup', sender: frame(CONSUMER_DETAILS, SETUP, 2, 'null') },
  { name: 'a sandboxed top frame on Setup', sender: frame(SETUP, SETUP, 0, 'null') },
  { name: 'a sandboxed frame on the Marketo app', sender: frame(MARKETO, MARKETO, 3, 'null') },
  { name: 'a sandboxed frame on the Marketo app in the Adobe shell', sender: frame('https://app-ab12.marketo.com/', ADOBE_SHELL, 5, 'null') },
  { name: 'a Setup address whose document has another origin', sender: frame(CONSUMER_DETAILS, SETUP, 2, 'https://evil.test') },
  { name: 'a Marketo address whose document has another origin', sender: frame(MARKETO, MARKETO, 0, 'https://app-ab12.marketo.com.evil.test') },
];

async function holdCredentials(): Promise<void> {
  expect(await ask({ kind: 'paste-credentials', key: KEY, secret: HEX_SECRET }, popup())).toEqual({ ok: true });
}

describe('the trusted senders (so that the refusals below mean something)', () => {
  it.each([
    ['Setup framed in Setup of the same org', frame(CONSUMER_DETAILS, SETUP, 2)],
    ['Setup with Chrome reporting its own origin', frame(CONSUMER_DETAILS, SETUP, 2, 'https://acme.my.salesforce.com')],
    ['the new Setup host', frame('https://acme.my.salesforce-setup.com/app/mgmt/forceconnectedapps/forceAppDetail.apexp', 'https://acme.my.salesforce-setup.com/lightning/setup/')],
    ['a sandbox org', frame('https://acme--uat.sandbox.my.salesforce.com/app/mgmt/forceconnectedapps/forceAppConsumerDetails.apexp', 'https://acme--uat.sandbox.lightning.force.com/lightning/setup/', 2)],
  ])('captures from %s', async (_name, sender) => {
    expect(await ask({ kind: 'captured', key: KEY, secret: HEX_SECRET }, sender)).toEqual({ ok: true });
    await expectHeld(KEY, HEX_SECRET);
  });

  it.each([
    ['the Marketo app in its own tab', frame(MARKETO)],
    ['the Marketo app with Chrome reporting its own origin', frame(MARKETO, MARKETO, 0, 'https://app-ab12.marketo.com')],
    ['the Marketo app in the Adobe shell', frame('https://app-ab12.marketo.com/', ADOBE_SHELL, 7, 'https://app-ab12.marketo.com')],
    ['the engage- host', frame('https://engage-ab12.marketo.com/#SF0A1')],
  ])('hands the key and secret for filling to %s', async (_name, sender) => {
    await holdCredentials();
    const answer = await ask({ kind: 'secret-for-fill' }, sender);
    expect(answer?.key === KEY && answer?.secret === HEX_SECRET, 'answered the held key and secret').toBe(true);
  });
});

describe('hostile and lookalike senders', () => {
  it('has at least 15 of them', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(15);
  });

  it.each(named([...HOSTILE, ...SANDBOXED]))('%s: a capture from it is not stored', async (_name, { sender }) => {
    expect(await ask({ kind: 'captured', key: KEY, secret: HEX_SECRET }, sender)).toBeUndefined();
    await expectNothingStored();
  });

  it.each(named([...HOSTILE, ...SANDBOXED]))('%s: gets nothing to fill', async (_name, { sender }) => {
    await holdCredentials();
    expect(await ask({ kind: 'secret-for-fill' }, sender)).toBeUndefined();
  });
});

describe("customer pages on Marketo's app host (issue 10)", () => {
  // Pages on the app host other than its root, as the frame or as the tab around the admin app.
  const onAppHostBesideTheRoot = (url: string | undefined) => /^https:\/\/app-ab12\.marketo\.com\/(?!#|$)/i.test(url ?? '');
  const CUSTOMER_PAGES = named(HOSTILE.filter(({ sender }) => onAppHostBesideTheRoot(sender.url) || onAppHostBesideTheRoot(sender.tab?.url)));

  it('has the landing pages and the /rs/ page among them', () => {
    expect(CUSTOMER_PAGES.length).toBeGreaterThanOrEqual(8);
  });

  it.each(CUSTOMER_PAGES)('%s: saying "Sync in Progress" neither ends the journey nor deletes the secret', async (_name, { sender }) => {
    await holdCredentials();
    for (const observation of [
      { type: 'seen', milestone: 'mkto-sync-running' },
      { type: 'seen', milestone: 'mkto-sf-sync-started' },
      { type: 'oauth-feature', state: 'basic' },
    ] as const) {
      expect(await ask({ kind: 'observe', observation }, sender)).toBeUndefined();
    }
    const progress = await readProgress();
    expect(progress.completedAt).toBeUndefined();
    expect(progress.oauthFeature).toBe('unknown');
    expect(progress.hosts.marketo).toBeUndefined();
    await expectHeld(KEY, HEX_SECRET);
  });

  it('the admin application saying it ends the journey and deletes the secret (so the refusals above mean something)', async () => {
    await holdCredentials();
    expect(await ask({ kind: 'observe', observation: { type: 'seen', milestone: 'mkto-sync-running' } }, frame(MARKETO))).toEqual({ ok: true });
    expect((await readProgress()).completedAt).toBeTypeOf('number');
  });
});

describe('sandboxed frames on trusted hosts', () => {
  it.each(named(SANDBOXED))('%s: its facts are not taken and it teaches no host', async (_name, { sender }) => {
    expect(await ask({ kind: 'observe', observation: { type: 'seen', milestone: 'sf-app-manager' } }, sender)).toBeUndefined();
    expect(await ask({ kind: 'guide-context' }, sender)).toBeUndefined();
    const progress = await readProgress();
    expect(progress.seen).toEqual({});
    expect(progress.hosts).toEqual({});
  });
});

describe('decided by the rules of the code', () => {
  // Trust is by exact host name: the name is what says who runs the server. A port or upper case
  // does not change the host; a trailing dot or a lookalike does (refused above).
  it('takes an upper-case address of a trusted host as that host', async () => {
    expect(await ask({ kind: 'captured', key: KEY, secret: HEX_SECRET }, frame('HTTPS://ACME.MY.SALESFORCE.COM/app/mgmt/forceconnectedapps/forceAppConsumerDetails.apexp', 'https://Acme.Lightning.Force.com/lightning/setup/', 2))).toEqual({ ok: true });
    expect(await ask({ kind: 'secret-for-fill' }, frame('https://APP-AB12.Marketo.com/#SF0A1'))).toMatchObject({ key: expect.any(String) });
  });

  it('takes an explicit port on the trusted host as the same host (only the vendor serves it)', async () => {
    expect(await ask({ kind: 'captured', key: KEY, secret: HEX_SECRET }, frame('https://acme.my.salesforce.com:443/app/mgmt/forceconnectedapps/forceAppConsumerDetails.apexp', 'https://acme.lightning.force.com:8443/lightning/setup/', 2))).toEqual({ ok: true });
    expect(await ask({ kind: 'secret-for-fill' }, frame('https://app-ab12.marketo.com:8443/#SF0A1', 'https://app-ab12.marketo.com:8443/#SF0A1', 0, 'https://app-ab12.marketo.com:8443'))).toMatchObject({ key: expect.any(String) });
  });

  it('refuses a port on a lookalike all the same', async () => {
    expect(await ask({ kind: 'captured', key: KEY, secret: HEX_SECRET }, top('https://acme.lightning.force.com.evil.test:443/lightning/setup/'))).toBeUndefined();
    expect(await ask({ kind: 'secret-for-fill' }, top('https://app-ab12.marketo.com.evil.test:8443/#SF0A1'))).toBeUndefined();
    await expectNothingStored();
  });
});
