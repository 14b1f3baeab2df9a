// @vitest-environment happy-dom
// App Manager, identity verification and the consumer details pages against their replicas:
// which button the guide points at (and what it says where it cannot point), and the capture of
// the key and secret in both layouts, which sends them to the background and nowhere else. Each
// page's assumptions (docs/pages.md) have their fallback tested here: the page in a language the
// guide has no words for, the consumer details at another address.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { appManager } from '../../lib/pages/salesforce/app-manager';
import { consumerDetails } from '../../lib/pages/salesforce/consumer-details';
import { identityVerification } from '../../lib/pages/salesforce/identity-verification';
import { APP_MANAGER_WORDS } from '../sandbox/salesforce-pages.mjs';
import { useLocale } from './locale-messages';
import { guideContext, loadReplica, recordMessages } from './salesforce-replica';
import { same } from './no-secret-in-failures';

/** happy-dom's own way to give the document an address. */
const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

const KEY = `3MVG9${'A'.repeat(80)}`;
const SECRET = 'ABCDEF0123456789'.repeat(4);

beforeAll(async () => {
  vi.stubGlobal('fetch', async () => new Response(''));
  await import('../sandbox/replicas/salesforce/lightning-components.js');
});
beforeEach(() => useLocale('en'));

async function appManagerPage(withConnectedApp: boolean, lang: 'en' | 'de' | 'nl' = 'en') {
  // In German as the sandbox serves it: the guide has no German word for New External Client App (docs/pages.md).
  const translate = (html: string) =>
    Object.entries(APP_MANAGER_WORDS.de).reduce((page, [en, de]) => page.replaceAll(`"${en}"`, `"${de}"`), html).replace('lang="en"', 'lang="de"');
  // "Dutch": that German page named Dutch, its New Connected App in the words of Marketo's Dutch help;
  // the guide has no Dutch word for New External Client App either.
  const dutch = (html: string) =>
    translate(html).replaceAll(`"${APP_MANAGER_WORDS.de['New Connected App']}"`, '"Nieuwe verbonden app"').replace('lang="de"', 'lang="nl"');
  await loadReplica('salesforce/app-manager.html', { transform: { en: undefined, de: translate, nl: dutch }[lang] });
  if (!withConnectedApp) {
    document.querySelector('lightning-button:nth-of-type(2)')?.remove();
  }
  await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('App Manager', () => {
  it('points at New External Client App on path A and at New Connected App on path B', async () => {
    await appManagerPage(true);
    expect(appManager.isShown(document)).toBe(true);
    expect(appManager.observe(document)).toEqual([{ type: 'seen', milestone: 'sf-app-manager' }]);
    expect(appManager.guide!(document, guideContext())?.target?.()?.textContent).toBe('New External Client App');
    expect(appManager.guide!(document, guideContext({ path: 'connected-app' }))?.target?.()?.textContent).toBe('New Connected App');
  });

  it('says where New Connected App went when App Manager has none, without calling Connected Apps off', async () => {
    await appManagerPage(false);
    expect(appManager.observe(document)).toEqual([{ type: 'seen', milestone: 'sf-app-manager' }]);
    const guidance = appManager.guide!(document, guideContext({ path: 'connected-app' }))!;
    expect(guidance.body).toContain('External Client Apps > Settings');
    expect(guidance.target).toBeUndefined();
  });

  it('speaks in a language it has no words for, in words and without pointing at a guess', async () => {
    await appManagerPage(true, 'de');
    expect(appManager.isShown(document)).toBe(true);
    const guidance = appManager.guide!(document, guideContext())!;
    expect(guidance.title).toBe('Create an External Client App');
    expect(guidance.body).toContain('New External Client App');
    expect(guidance.target?.()).toBeNull();
  });

  it('speaks on a Dutch page: in words for New External Client App, pointing at New Connected App by its Dutch words', async () => {
    await appManagerPage(true, 'nl');
    expect(document.documentElement.lang).toBe('nl');
    expect(appManager.isShown(document)).toBe(true);
    expect(appManager.observe(document)).toEqual([{ type: 'seen', milestone: 'sf-app-manager' }]);
    const eca = appManager.guide!(document, guideContext())!;
    expect(eca.title).toBe('Create an External Client App');
    expect(eca.body).toContain('New External Client App');
    expect(eca.target?.()).toBeNull();
    expect(appManager.guide!(document, guideContext({ path: 'connected-app' }))?.target?.()?.textContent).toBe('Nieuwe verbonden app');
  });

  it('waits for the components before deciding anything', () => {
    document.body.innerHTML = '<div class="appManagerPage"></div>';
    expect(appManager.isShown(document)).toBe(false);
  });
});

describe('identity verification', () => {
  it.each(['en', 'sv', 'de'] as const)('is recognised by its code field and its title or Verify button, and points at the code (%s)', async (lang) => {
    await loadReplica('salesforce/verify-identity.html', { lang, values: { formAction: '/x' }, markup: { error: '' } });
    expect(identityVerification.matchesUrl(new URL('https://acme.my.salesforce.com/_ui/identity/verification/method/EmailVerificationFinishUi/e'))).toBe(true);
    expect(identityVerification.isShown(document)).toBe(true);
    expect(identityVerification.guide!(document, guideContext())?.target?.()?.id).toBe('emc');
  });

  it('is not taken for any page with a code field', async () => {
    document.title = 'Something else';
    document.body.innerHTML = '<form><input id="emc"></form>';
    expect(identityVerification.isShown(document)).toBe(false);
  });
});

describe('consumer details', () => {
  let sent: unknown[];
  beforeEach(() => {
    sent = recordMessages();
    setUrl('https://acme.my.salesforce.com/app/mgmt/forceconnectedapps/forceAppConsumerDetails.apexp?applicationId=0xIABC');
    // happy-dom keeps no navigation entry; the browser's says where the document was loaded.
    vi.spyOn(performance, 'getEntriesByType').mockImplementation(() => [{ name: location.href } as PerformanceEntry]);
  });

  it.each(['en', 'sv'] as const)('captures key and secret from the current layout and sends them only to the background (%s)', async (lang) => {
    await loadReplica('salesforce/consumer-details.html', { lang, values: { appName: 'Marketo Sync', consumerKey: KEY, consumerSecret: SECRET } });
    expect(consumerDetails.isShown(document)).toBe(true);
    expect(consumerDetails.observe(document)).toEqual([{ type: 'seen', milestone: 'eca-consumer-page' }]);
    await vi.waitFor(() => expect(same(sent, [{ kind: 'captured', key: KEY, secret: SECRET }])).toBe(true));
    const captured = consumerDetails.guide!(document, guideContext({ consumerKey: KEY }))!;
    expect(captured.title).toBe('Key and secret captured');
    expect(captured.body).toContain('3MVG9AAA…AAAA');
    expect(captured.body.includes(SECRET)).toBe(false);
  });

  it('waits for "Click to reveal" in the older layout, then captures', async () => {
    await loadReplica('salesforce/consumer-details-old.html', { values: { appName: 'Marketo Sync', consumerKey: KEY, consumerSecret: SECRET } });
    const code = await readFile(path.resolve(process.cwd(), 'test/sandbox/replicas/salesforce/consumer-details.js'), 'utf8');
    new Function(code)();
    consumerDetails.observe(document);
    const before = consumerDetails.guide!(document, guideContext())!;
    expect(before.body).toContain('Click to reveal');
    expect(before.target?.()?.textContent).toBe('Click to reveal');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent.length).toBe(0);
    document.querySelector<HTMLElement>('a.revealLink')!.click();
    await vi.waitFor(() => expect(same(sent, [{ kind: 'captured', key: KEY, secret: SECRET }])).toBe(true));
  });

  it.each(['en', 'de'] as const)('is known by what it shows at an address it has never seen, and captures there (%s)', async (lang) => {
    const address = 'https://acme.my.salesforce-setup.com/app/mgmt/forceconnectedapps/someOtherPage.apexp?applicationId=06PABC';
    setUrl(address);
    expect(consumerDetails.matchesUrl(new URL(address))).toBe(true);
    await loadReplica('salesforce/consumer-details.html', { lang, values: { appName: 'Marketo Sync', consumerKey: KEY, consumerSecret: SECRET } });
    expect(consumerDetails.isShown(document)).toBe(true);
    expect(consumerDetails.observe(document)).toEqual([{ type: 'seen', milestone: 'ca-consumer-page' }]);
    await vi.waitFor(() => expect(same(sent, [{ kind: 'captured', key: KEY, secret: SECRET }])).toBe(true));
  });

  it('says nothing of the path when the app id is of no kind it knows, and captures all the same', async () => {
    setUrl('https://acme.my.salesforce.com/app/mgmt/forceconnectedapps/forceAppConsumerDetails.apexp');
    await loadReplica('salesforce/consumer-details.html', { values: { appName: 'Marketo Sync', consumerKey: KEY, consumerSecret: SECRET } });
    expect(consumerDetails.observe(document)).toEqual([]);
    await vi.waitFor(() => expect(same(sent, [{ kind: 'captured', key: KEY, secret: SECRET }])).toBe(true));
  });

  it('is not taken for a connected-apps page that shows no key or secret', async () => {
    await loadReplica('salesforce/verify-identity.html', { values: { formAction: '/x' }, markup: { error: '' } });
    expect(consumerDetails.isShown(document)).toBe(false);
  });

  it('captures nothing on a host that is not Setup', async () => {
    setUrl('https://acme--c.vf.force.com/app/mgmt/forceconnectedapps/forceAppConsumerDetails.apexp?applicationId=06PABC');
    expect(consumerDetails.matchesUrl(new URL(location.href))).toBe(false);
    await loadReplica('salesforce/consumer-details.html', { values: { appName: 'x', consumerKey: KEY, consumerSecret: SECRET } });
    expect(consumerDetails.observe(document)).toEqual([{ type: 'seen', milestone: 'ca-consumer-page' }]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent.length).toBe(0);
  });
});
