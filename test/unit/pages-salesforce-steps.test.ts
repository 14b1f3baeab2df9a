// @vitest-environment happy-dom
// App Manager, identity verification and the consumer details pages against their replicas:
// which button the guide points at (and when Connected Apps are off), and the capture of the key
// and secret in both layouts, which sends them to the background and nowhere else.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { appManager } from '../../lib/pages/salesforce/app-manager';
import { consumerDetails } from '../../lib/pages/salesforce/consumer-details';
import { identityVerification } from '../../lib/pages/salesforce/identity-verification';
import { useLocale } from './locale-messages';
import { guideContext, loadReplica, recordMessages } from './salesforce-replica';

/** happy-dom's own way to give the document an address. */
const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

const KEY = `3MVG9${'A'.repeat(80)}`;
const SECRET = 'ABCDEF0123456789'.repeat(4);

beforeAll(async () => {
  vi.stubGlobal('fetch', async () => new Response(''));
  await import('../sandbox/replicas/salesforce/lightning-components.js');
});
beforeEach(() => useLocale('en'));

async function appManagerPage(withConnectedApp: boolean) {
  await loadReplica('salesforce/app-manager.html');
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

  it('reports Connected Apps as off when New Connected App is missing, and says so', async () => {
    await appManagerPage(false);
    expect(appManager.observe(document)).toContainEqual({ type: 'connected-apps-disabled' });
    const guidance = appManager.guide!(document, guideContext({ path: 'connected-app' }))!;
    expect(guidance.tone).toBe('warning');
    expect(guidance.body).toContain('no longer lets you create Connected Apps');
    expect(guidance.target?.()?.textContent).toBe('New External Client App');
  });

  it('waits for the components before deciding anything', () => {
    document.body.innerHTML = '<div class="appManagerPage"></div>';
    expect(appManager.isShown(document)).toBe(false);
  });
});

describe('identity verification', () => {
  it.each(['en', 'sv'] as const)('is recognised by its title and code field, and points at the code (%s)', async (lang) => {
    await loadReplica('salesforce/verify-identity.html', { lang, values: { formAction: '/x' }, markup: { error: '' } });
    expect(identityVerification.matchesUrl(new URL('https://acme.my.salesforce.com/_ui/identity/verification/method/EmailVerificationFinishUi/e'))).toBe(true);
    expect(identityVerification.isShown(document)).toBe(true);
    expect(identityVerification.guide!(document, guideContext())?.target?.()?.id).toBe('emc');
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
    await vi.waitFor(() => expect(sent).toEqual([{ kind: 'captured', key: KEY, secret: SECRET }]));
    const captured = consumerDetails.guide!(document, guideContext({ consumerKey: KEY }))!;
    expect(captured.title).toBe('Key and secret captured');
    expect(captured.body).toContain('3MVG9AAA…AAAA');
    expect(captured.body).not.toContain(SECRET);
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
    expect(sent).toEqual([]);
    document.querySelector<HTMLElement>('a.revealLink')!.click();
    await vi.waitFor(() => expect(sent).toEqual([{ kind: 'captured', key: KEY, secret: SECRET }]));
  });

  it('captures nothing on a host that is not Setup', async () => {
    setUrl('https://acme--c.vf.force.com/app/mgmt/forceconnectedapps/forceAppConsumerDetails.apexp?applicationId=06PABC');
    await loadReplica('salesforce/consumer-details.html', { values: { appName: 'x', consumerKey: KEY, consumerSecret: SECRET } });
    expect(consumerDetails.observe(document)).toEqual([{ type: 'seen', milestone: 'ca-consumer-page' }]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent).toEqual([]);
  });
});
