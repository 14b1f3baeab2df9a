// @vitest-environment happy-dom
// Issue 10: the consumer details page read only where Setup really shows it. A script on any page
// of the org can put the consumer details path in the address with history.pushState and draw the
// page's ids; the content script compares the address with where the document was loaded (its
// navigation entry, which happy-dom does not keep: stubbed here as the browser would report it).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { consumerDetails } from '../../lib/pages/salesforce/consumer-details';
import { mayCaptureHere } from '../../lib/pages/salesforce/capture-guard';
import { loadReplica, recordMessages } from './salesforce-replica';
import { useLocale } from './locale-messages';
import { same } from './no-secret-in-failures';

const KEY = `3MVG9${'B'.repeat(80)}`;
const SECRET = '0123456789ABCDEF'.repeat(4);
const CONSUMER_PATH = '/app/mgmt/forceconnectedapps/forceAppConsumerDetails.apexp?applicationId=0xIABC';

/** happy-dom's own way to give the document an address (as a pushState would). */
const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
/** Where the browser says the document was loaded. */
const loadedAt = (url: string) => vi.spyOn(performance, 'getEntriesByType').mockImplementation(() => [{ name: url } as PerformanceEntry]);

let sent: unknown[];
beforeEach(() => {
  useLocale('en');
  sent = recordMessages();
});
afterEach(() => vi.restoreAllMocks());

async function showConsumerDetails(): Promise<void> {
  await loadReplica('salesforce/consumer-details.html', { values: { appName: 'Marketo Sync', consumerKey: KEY, consumerSecret: SECRET } });
  consumerDetails.observe(document);
  await new Promise((resolve) => setTimeout(resolve, 30));
}

describe('capture of the consumer key and secret', () => {
  it('captures on the classic consumer details page, loaded there (so that the refusals below mean something)', async () => {
    loadedAt(`https://acme.my.salesforce.com${CONSUMER_PATH}`);
    setUrl(`https://acme.my.salesforce.com${CONSUMER_PATH}&reveal=1#top`);
    await showConsumerDetails();
    expect(same(sent, [{ kind: 'captured', key: KEY, secret: SECRET }])).toBe(true);
  });

  it.each([
    ['a Lightning page of the org (Sales home)', 'https://acme.lightning.force.com/lightning/page/home', `https://acme.lightning.force.com${CONSUMER_PATH}`],
    ['identity verification on the classic host', 'https://acme.my.salesforce.com/_ui/identity/verification/method/EmailVerificationFinishUi/e', `https://acme.my.salesforce.com${CONSUMER_PATH}`],
    ['the Connected App form on the classic host', 'https://acme.my.salesforce-setup.com/app/mgmt/forceconnectedapps/forceAppEdit.apexp', `https://acme.my.salesforce-setup.com${CONSUMER_PATH}`],
  ])('takes nothing from %s that moved its address to the consumer details path with pushState', async (_name, loaded, pushed) => {
    loadedAt(loaded);
    setUrl(pushed);
    await showConsumerDetails();
    expect(sent.length).toBe(0);
  });

  it('takes nothing on a Lightning host even when the document was loaded at that path', () => {
    loadedAt(`https://acme.lightning.force.com${CONSUMER_PATH}`);
    setUrl(`https://acme.lightning.force.com${CONSUMER_PATH}`);
    expect(mayCaptureHere(document)).toBe(false);
  });

  it('takes nothing where the browser keeps no navigation entry', () => {
    vi.spyOn(performance, 'getEntriesByType').mockImplementation(() => []);
    setUrl(`https://acme.my.salesforce.com${CONSUMER_PATH}`);
    expect(mayCaptureHere(document)).toBe(false);
  });
});
