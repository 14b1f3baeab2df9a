// Marketo's recogniser as Chrome's background injects it (lib/background/marketo-injection.ts):
// which tab updates, requests and frame arrivals inject it and which do not (tab updates are
// listened to only after a request of the tab to Marketo), and that a document gets it once
// however often it is asked for (a hash change is reported as complete again; a frame's previous
// document is still there when its new one is reported).
import { describe, expect, it } from 'vitest';
import { injectMarketoRecogniser, onFrameReceived, onTabUpdated, RECOGNISER_FILE, tabUpdatesOnMarketoRequests, type MarketoRequest, type Scripting, type Tabs, type WebRequest } from '../../lib/background/marketo-injection';

const ADMIN = 'https://app-ab12.marketo.com/#SF0A1';

/** A document in a frame: where it was loaded from, and its isolated world's global. */
interface FakeDocument {
  url: string;
  world: Record<string, unknown>;
}

/**
 * Chrome's scripting as the background sees it, over frames holding documents. A function is run
 * from its source text, with the document's location and isolated world as its globals, as Chrome
 * serialises it; a frame that has not committed its document yet refuses, as Chrome does.
 */
function fakeScripting(frames: Map<string, FakeDocument | 'not committed'>) {
  const injected: string[] = [];
  const scripting: Scripting = {
    async executeScript({ target, func, args, files }) {
      const [frameId] = target.frameIds;
      const key = `${target.tabId}/${frameId}`;
      const frame = frames.get(key);
      if (!frame) throw new Error(`No frame with id ${frameId} in tab ${target.tabId}.`);
      if (frame === 'not committed') throw new Error('Cannot access contents of the page.');
      if (func) {
        const run = new Function('location', 'performance', 'globalThis', 'args', `return (${func.toString()})(...args);`);
        const performance = { getEntriesByType: (type: string) => (type === 'navigation' ? [{ name: frame.url }] : []) };
        return [{ frameId, result: run(new URL(frame.url), performance, frame.world, args ?? []) }];
      }
      injected.push(...(files ?? []).map((file) => `${key} ${file}`));
      return [{ frameId }];
    },
  };
  return { scripting, injected };
}

const document = (url: string): FakeDocument => ({ url, world: {} });

describe('a tab update', () => {
  it("injects the recogniser into the top frame once Marketo's admin application has loaded", async () => {
    const { scripting, injected } = fakeScripting(new Map([['7/0', document('https://app-ab12.marketo.com')]]));
    await onTabUpdated(scripting, 7, { status: 'loading' }, { url: ADMIN });
    expect(injected).toEqual([]);
    await onTabUpdated(scripting, 7, { status: 'complete' }, { url: ADMIN });
    expect(injected).toEqual([`7/0 ${RECOGNISER_FILE}`]);
  });

  it('injects once per document: a hash change reported as complete again, or any later update, adds nothing', async () => {
    const frames = new Map([['7/0', document('https://app-ab12.marketo.com')]]);
    const { scripting, injected } = fakeScripting(frames);
    await onTabUpdated(scripting, 7, { status: 'complete' }, { url: ADMIN });
    await onTabUpdated(scripting, 7, { status: 'complete' }, { url: 'https://app-ab12.marketo.com/#AB0A1' });
    await onTabUpdated(scripting, 7, { status: 'complete' }, { url: ADMIN });
    expect(injected).toHaveLength(1);
    // A reload is a new document, with an isolated world of its own: it gets the recogniser again.
    frames.set('7/0', document('https://app-ab12.marketo.com'));
    await onTabUpdated(scripting, 7, { status: 'complete' }, { url: ADMIN });
    expect(injected).toHaveLength(2);
  });

  it("injects nothing on other hosts, on Marketo's pages that are not the admin application, or where the tab's address is not ours to read", async () => {
    const updates = [
      'https://acme.lightning.force.com/lightning/setup/SetupOneHome/home',
      // Marketo's OAuth redirect host and the Adobe shell (whose Marketo frame arrives by its own request).
      'https://app.marketo.com/salesforce/callback?code=x',
      'https://experience.adobe.com/#/@acmecorp/so:123-ABC-456/marketo-engage/classic/',
      // What customers author on the app host: landing pages, files, forms.
      'https://app-ab12.marketo.com/lp/acme/offer.html',
      'https://app-ab12.marketo.com/rs/123-ABC-456/images/logo.png',
      'https://app-ab12.marketo.com/index.php/form/XDFrame',
      // Lookalikes, and the admin application's address over http.
      'https://app-ab12.marketo.com.evil.example/#SF0A1',
      'https://app-ab12-marketo.com/#SF0A1',
      'http://app-ab12.marketo.com/#SF0A1',
      undefined, // a tab on a host the extension has no access to: Chrome leaves its address out
    ];
    const frames = new Map(updates.map((_, tabId) => [`${tabId}/0`, document('https://app-ab12.marketo.com')]));
    const { scripting, injected } = fakeScripting(frames);
    for (const [tabId, url] of updates.entries()) await onTabUpdated(scripting, tabId, { status: 'complete' }, { url });
    expect(injected).toEqual([]);
  });

  it('injects nothing when the tab has moved on to another document by the time the background asks', async () => {
    const { scripting, injected } = fakeScripting(new Map([['7/0', document('https://acme.lightning.force.com')]]));
    await onTabUpdated(scripting, 7, { status: 'complete' }, { url: ADMIN });
    expect(injected).toEqual([]);
  });

  it('never throws when the tab has gone', async () => {
    const { scripting, injected } = fakeScripting(new Map());
    await expect(onTabUpdated(scripting, 7, { status: 'complete' }, { url: ADMIN })).resolves.toBeUndefined();
    expect(injected).toEqual([]);
  });
});

describe("a frame's document received", () => {
  const noWait = async () => undefined;
  const frame = (url: string, more: Partial<{ tabId: number; frameId: number; type: string }> = {}) => ({ tabId: 3, frameId: 9, type: 'sub_frame', url, ...more });

  it('injects the recogniser into a Marketo frame in any tab (the Adobe shell, or a site that frames Marketo), once its document is committed', async () => {
    const frames = new Map<string, FakeDocument | 'not committed'>([['3/9', 'not committed']]);
    const { scripting, injected } = fakeScripting(frames);
    let waits = 0;
    const commitLater = async () => {
      waits += 1;
      // First the frame's previous document (the shell's about:blank), then Marketo's.
      frames.set('3/9', waits === 1 ? document('about:blank') : document('https://app-ab12.marketo.com/?x=1#SF0A1'));
    };
    await onFrameReceived(scripting, frame('https://app-ab12.marketo.com/?x=1#SF0A1'), commitLater);
    expect(injected).toEqual([`3/9 ${RECOGNISER_FILE}`]);
    expect(waits).toBe(2);
    // Asked again for the same document (its request seen twice): nothing more.
    await onFrameReceived(scripting, frame('https://app-ab12.marketo.com/?x=1#SF0A1'), noWait);
    expect(injected).toHaveLength(1);
  });

  it('waits past a previous document of the same origin, claimed or not, for the one requested', async () => {
    const claimed = document('https://app-ab12.marketo.com/#SF0A1');
    const frames = new Map<string, FakeDocument | 'not committed'>([['3/9', claimed]]);
    const { scripting, injected } = fakeScripting(frames);
    await onFrameReceived(scripting, frame('https://app-ab12.marketo.com/#SF0A1'), noWait);
    expect(injected).toHaveLength(1);
    // The frame moves to the German UI (another address), then reloads at the same address: each
    // time the old document is still there at first.
    for (const url of ['https://app-ab12.marketo.com/?sandbox-variant=de#SF0A1', 'https://app-ab12.marketo.com/?sandbox-variant=de#SF0A1']) {
      let waits = 0;
      await onFrameReceived(scripting, frame(url), async () => {
        waits += 1;
        if (waits === 2) frames.set('3/9', document(url));
      });
      expect(waits).toBe(2);
    }
    expect(injected).toHaveLength(3);
    // A customer page of the same origin before the admin application: not taken for it.
    frames.set('3/9', document('https://app-ab12.marketo.com/lp/acme/offer.html'));
    await onFrameReceived(scripting, frame('https://app-ab12.marketo.com/#SF0A1'), noWait);
    expect(injected).toHaveLength(3);
  });

  it('still guides a frame whose document commits seconds after its request, as on a busy machine', async () => {
    const url = 'https://app-ab12.marketo.com/?sandbox-variant=de#SF0A1';
    const frames = new Map<string, FakeDocument | 'not committed'>([['3/9', document('https://app-ab12.marketo.com/')]]);
    const { scripting, injected } = fakeScripting(frames);
    let clock = 0;
    await onFrameReceived(scripting, frame(url), async (ms: number) => {
      clock += ms;
      if (clock >= 5000) frames.set('3/9', document(url));
    });
    expect(injected).toEqual([`3/9 ${RECOGNISER_FILE}`]);
  });

  it('gives up after a few seconds on a frame that never shows the document', async () => {
    const { scripting, injected } = fakeScripting(new Map([['3/9', 'not committed']]));
    let waited = 0;
    let tries = 0;
    const counting: Scripting = { executeScript: (injection) => ((tries += 1), scripting.executeScript(injection)) };
    await onFrameReceived(counting, frame('https://app-ab12.marketo.com/#SF0A1'), async (ms: number) => {
      waited += ms;
    });
    expect(injected).toEqual([]);
    expect(waited).toBeGreaterThan(5000);
    expect(waited).toBeLessThan(10_000);
    // A try after the last wait, not a wait for nothing.
    expect(tries).toBe(8);
  });

  it("injects nothing for other hosts, Marketo's customer pages or requests outside a tab", async () => {
    const frames = new Map([
      ['3/9', document('https://app-ab12.marketo.com/')],
      ['3/0', document('https://app-ab12.marketo.com/')],
    ]);
    const { scripting, injected } = fakeScripting(frames);
    for (const request of [
      frame('https://app-ab12.marketo.com.evil.example/'),
      frame('https://experience.adobe.com/'),
      frame('http://app-ab12.marketo.com/'),
      frame('https://app-ab12.marketo.com/lp/acme/offer.html'),
      frame('https://app-ab12.marketo.com/rs/123-ABC-456/images/sync.html'),
      frame('https://app-ab12.marketo.com/', { tabId: -1 }),
    ]) {
      await onFrameReceived(scripting, request, noWait);
    }
    expect(injected).toEqual([]);
  });
});

describe("a tab's request to Marketo's hosts", () => {
  /** Chrome's tabs as the background sees them: what get() answers, and the listeners added. */
  function fakeTabs(tabs: Map<number, { status?: string; url?: string }>) {
    const listeners: Array<(tabId: number, change: { status?: string }, tab: { url?: string }) => void> = [];
    const api: Tabs = {
      async get(tabId) {
        const tab = tabs.get(tabId);
        if (!tab) throw new Error(`No tab with id: ${tabId}.`);
        return tab;
      },
      onUpdated: { addListener: (listener) => listeners.push(listener) },
    };
    return { api, listeners };
  }
  const request = (type: string, frameId = 0, tabId = 7) => ({ tabId, frameId, type, url: 'https://app-ab12.marketo.com/' });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it("is all the background listens to when it starts: requests to Marketo's hosts, no tab updates anywhere in the browser", async () => {
    const { scripting } = fakeScripting(new Map([['7/0', document('https://app-ab12.marketo.com')]]));
    const { api, listeners } = fakeTabs(new Map([[7, { status: 'loading', url: ADMIN }]]));
    const registered: Array<{ listener: (request: MarketoRequest) => void; urls: string[] }> = [];
    const webRequest: WebRequest = { onCompleted: { addListener: (listener, { urls }) => registered.push({ listener, urls }) } };
    injectMarketoRecogniser(scripting, api, webRequest);
    expect(listeners).toHaveLength(0);
    expect(registered.flatMap(({ urls }) => urls)).toEqual(['https://*.marketo.com/*', 'https://*.marketo.com/*']);
    // The admin application's document arrives: from then on, tab updates are heard.
    for (const { listener } of registered) listener(request('main_frame'));
    await settle();
    expect(listeners).toHaveLength(1);
  });

  it('starts listening to tab updates only then, and injects once the admin application has loaded', async () => {
    const { scripting, injected } = fakeScripting(new Map([['7/0', document('https://app-ab12.marketo.com')]]));
    const tab = { status: 'loading', url: ADMIN };
    const { api, listeners } = fakeTabs(new Map([[7, tab]]));
    const onRequest = tabUpdatesOnMarketoRequests(scripting, api);
    // Nothing listens to the browser's tab updates before a Marketo request.
    expect(listeners).toHaveLength(0);
    await onRequest(request('main_frame'));
    expect(listeners).toHaveLength(1);
    expect(injected).toEqual([]); // still loading
    tab.status = 'complete';
    listeners[0](7, { status: 'complete' }, tab);
    await settle();
    expect(injected).toEqual([`7/0 ${RECOGNISER_FILE}`]);
    // Another request adds no second listener and no second recogniser.
    await onRequest(request('main_frame'));
    expect(listeners).toHaveLength(1);
    expect(injected).toHaveLength(1);
  });

  it("injects at a data request when the document's own request was never seen (served by a page's service worker) and the load is complete", async () => {
    const { scripting, injected } = fakeScripting(new Map([['7/0', document('https://app-ab12.marketo.com')]]));
    const { api } = fakeTabs(new Map([[7, { status: 'complete', url: ADMIN }]]));
    const onRequest = tabUpdatesOnMarketoRequests(scripting, api);
    await onRequest(request('xmlhttprequest'));
    expect(injected).toEqual([`7/0 ${RECOGNISER_FILE}`]);
  });

  it("looks at a tab once for all its data requests, and not for a frame's, a worker's or a gone tab's", async () => {
    const frames = new Map([['7/0', document('https://app-ab12.marketo.com')]]);
    const { scripting } = fakeScripting(frames);
    let asked = 0;
    const { api } = fakeTabs(new Map([[7, { status: 'complete', url: 'https://app-ab12.marketo.com/lp/page.html' }]]));
    const counting: Tabs = { ...api, get: (tabId) => (asked++, api.get(tabId)) };
    const onRequest = tabUpdatesOnMarketoRequests(scripting, counting);
    for (let poll = 0; poll < 5; poll++) await onRequest(request('xmlhttprequest'));
    expect(asked).toBe(1);
    await onRequest(request('xmlhttprequest', 3, 8)); // a frame's
    await onRequest(request('xmlhttprequest', 0, -1)); // no tab (a worker's)
    expect(asked).toBe(1);
    await expect(onRequest(request('main_frame', 0, 9))).resolves.toBeUndefined(); // a tab that has gone
  });
});
