// @vitest-environment happy-dom
// The recognisers every matched frame runs: their address rules take every page a module of the
// guide takes (and not the Setup pages outside the journey), the guide's chunk loads only on a
// journey page, also one reached by an in-app navigation in an engine without the Navigation API,
// Marketo's page is known by its words, and a chunk that fails to load is said, never thrown.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '../../lib/content/script-context';
import { isSalesforceJourneyUrl } from '../../lib/content/journey-addresses';
import { CLASSIC_PAGES, LIGHTNING_PAGES } from '../../lib/content/salesforce-guide';
import { watchAddress } from '../../lib/content/address-watch';
import { pageMentions } from '../../lib/content/page-words';
import { recognise } from '../../lib/content/recogniser';
import { loadGuide, type GuideChunk, type ImportChunk } from '../../lib/content/guide-chunk';
import { showLoadFailure } from '../../lib/content/load-failure';
import { MARKETO_SYNC_WORDS } from '../../entrypoints/marketo.content';
import { syncWithSalesforce } from '../../lib/pages/marketo/sync-with-salesforce';
import { useLocale } from './locale-messages';
import en from '../../public/_locales/en/messages.json';

const SALESFORCE_PAGES = [...LIGHTNING_PAGES, ...CLASSIC_PAGES];
const LIGHTNING = 'https://acme.lightning.force.com';
const CLASSIC = 'https://acme.my.salesforce.com';

/** Addresses of the journey's pages, as each module's own rule takes them. */
const JOURNEY = [
  `${LIGHTNING}/lightning/setup/NavigationMenus/home`,
  `${LIGHTNING}/lightning/setup/ExternalClientApplicationSettings/home`,
  `${LIGHTNING}/lightning/setup/ManageExternalClientApplication/home`,
  `${LIGHTNING}/lightning/setup/ManageExternalClientApplication/create`,
  `${LIGHTNING}/lightning/setup/ManageExternalClientApplication/0xH5g000000XyZaEAK/view`,
  `${LIGHTNING}/lightning/setup/ExternalClientAppManager/0xH5g000000XyZa/detail`,
  `${CLASSIC}/app/mgmt/forceconnectedapps/forceAppEdit.apexp`,
  `${CLASSIC}/app/mgmt/forceconnectedapps/forceAppDetail.apexp`,
  `${CLASSIC}/app/mgmt/forceconnectedapps/forceAppDetail.apexp?applicationId=06P5g000000XyZa&consumer=1`,
  `${CLASSIC}/_ui/identity/verification/method/EmailVerificationFinishUi/e`,
];
/** Setup pages outside the journey, where only the recogniser runs. */
const ELSEWHERE = [
  `${LIGHTNING}/lightning/setup/BenchHeavyPage/home`,
  `${LIGHTNING}/lightning/setup/SetupOneHome/home`,
  `${LIGHTNING}/lightning/setup/Users/home`,
  `${LIGHTNING}/lightning/page/home`,
  `${LIGHTNING}/lightning/o/Account/list`,
];

describe("the Salesforce recogniser's address rules", () => {
  it('take every address a page module of the guide takes', () => {
    for (const address of JOURNEY) {
      const url = new URL(address);
      expect(SALESFORCE_PAGES.some((module) => module.matchesUrl(url)), address).toBe(true);
      expect(isSalesforceJourneyUrl(url), address).toBe(true);
    }
  });

  it('leave out Setup pages outside the journey, which no page module takes either', () => {
    for (const address of ELSEWHERE) {
      const url = new URL(address);
      expect(isSalesforceJourneyUrl(url), address).toBe(false);
      expect(SALESFORCE_PAGES.some((module) => module.matchesUrl(url)), address).toBe(false);
    }
  });
});

/** A chunk whose start is recorded, imported through a recorded import. */
function fakeChunk() {
  const start = vi.fn<GuideChunk['start']>();
  const importChunk = vi.fn<ImportChunk>(async () => ({ default: { start } }));
  return { start, importChunk };
}

const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const navigation = () => (window as { navigation?: unknown }).navigation;

/** Ends the contexts named `name` as a page would see it end: a newer copy of the script starts. */
const endContext = (name: string) => void new ContentScriptContext(name);
let ctx: ContentScriptContext;
beforeEach(() => {
  useLocale('en');
  // The fallback for engines without the Navigation API is what these tests exercise.
  expect(navigation()).toBeUndefined();
  setUrl(`${LIGHTNING}/lightning/setup/BenchHeavyPage/home`);
  document.body.innerHTML = '<section class="oneContent">Heavy page</section>';
  ctx = new ContentScriptContext('test');
});
afterEach(() => {
  endContext('test');
  document.querySelectorAll('oauth-guide-overlay').forEach((element) => element.remove());
});

describe('recognise', () => {
  const salesforcePage = () => isSalesforceJourneyUrl(new URL(location.href));

  it('loads no guide on a page outside the journey', async () => {
    const { importChunk } = fakeChunk();
    recognise(ctx, '/salesforce-guide.js', salesforcePage, importChunk);
    document.querySelector('section')!.textContent = 'Redrawn';
    await flush();
    expect(importChunk).not.toHaveBeenCalled();
  });

  it('loads the guide once Lightning moves to a journey page with pushState, without the Navigation API', async () => {
    const { importChunk, start } = fakeChunk();
    recognise(ctx, '/salesforce-guide.js', salesforcePage, importChunk);
    await flush();
    history.pushState(null, '', '/lightning/setup/NavigationMenus/home');
    // pushState fires no event: the move is noticed when the page draws the new content.
    document.querySelector('section')!.textContent = 'App Manager';
    await flush();
    expect(importChunk).toHaveBeenCalledTimes(1);
    expect(importChunk.mock.calls[0][0]).toMatch(/\/salesforce-guide\.js$/);
    expect(start).toHaveBeenCalledWith(ctx, expect.any(Promise));
    // The guide follows the navigations from now on: the recogniser does not load it again.
    history.pushState(null, '', '/lightning/setup/ManageExternalClientApplication/create');
    document.querySelector('section')!.textContent = 'New External Client App';
    await flush();
    expect(importChunk).toHaveBeenCalledTimes(1);
  });

  it('loads the guide at once on a journey page', async () => {
    setUrl(`${LIGHTNING}/lightning/setup/NavigationMenus/home`);
    const { importChunk, start } = fakeChunk();
    recognise(ctx, '/salesforce-guide.js', salesforcePage, importChunk);
    await flush();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('stops watching when its context ends (the extension was reloaded)', async () => {
    const { importChunk } = fakeChunk();
    recognise(ctx, '/salesforce-guide.js', salesforcePage, importChunk);
    endContext('test');
    history.pushState(null, '', '/lightning/setup/NavigationMenus/home');
    document.querySelector('section')!.textContent = 'App Manager';
    await flush();
    expect(importChunk).not.toHaveBeenCalled();
  });
});

describe('watchAddress without the Navigation API', () => {
  it('reports back and forward, and a pushState at the next change of the page, once each', async () => {
    const moves: string[] = [];
    const controller = new AbortController();
    watchAddress(() => moves.push(location.pathname), controller.signal);
    history.pushState(null, '', '/lightning/setup/Users/home');
    document.body.append(document.createElement('div'));
    document.body.append(document.createElement('div'));
    await flush();
    // Back or forward: the browser has moved the address and fires popstate.
    history.replaceState(null, '', '/lightning/setup/SetupOneHome/home');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await flush();
    controller.abort();
    expect(moves).toEqual(['/lightning/setup/Users/home', '/lightning/setup/SetupOneHome/home']);
  });
});

describe("Marketo's page test", () => {
  it('looks for the words the guide itself waits for on Sync with Salesforce', () => {
    expect([...MARKETO_SYNC_WORDS].sort()).toEqual([...(syncWithSalesforce.mentions ?? [])].sort());
    expect(MARKETO_SYNC_WORDS).toContain('Consumer Key');
  });

  it("knows Sync with Salesforce by its words, shown already or drawn later, in Marketo's languages", async () => {
    document.body.innerHTML = '<label>Consumer Key:</label>';
    expect(await pageMentions(MARKETO_SYNC_WORDS, 1000, new AbortController().signal)).toBe(true);
    // A field named only by its accessible name, with no label text in the page.
    document.body.innerHTML = '<input aria-label="セキュリティトークン">';
    expect(await pageMentions(MARKETO_SYNC_WORDS, 1000, new AbortController().signal)).toBe(true);
    document.body.innerHTML = '<div id="admin">Field Management</div>';
    const answer = pageMentions(MARKETO_SYNC_WORDS, 1000, new AbortController().signal);
    document.getElementById('admin')!.insertAdjacentHTML('beforeend', '<span>Sicherheitstoken</span>');
    expect(await answer).toBe(true);
  });

  it('still knows the page when its words come after a burst of unrelated redraws, added or as changed text', async () => {
    document.body.innerHTML = '<div id="grid"></div><label id="field">Name:</label>';
    const grid = document.getElementById('grid')!;
    const redraws = async () => {
      for (let step = 0; step < 20; step++) {
        grid.innerHTML = `<img class="x-action-col-${step % 3}" alt="">Row ${step}`;
        await flush();
      }
    };
    const added = pageMentions(MARKETO_SYNC_WORDS, 5000, new AbortController().signal);
    await redraws();
    grid.insertAdjacentHTML('beforeend', '<label>Consumer Key:</label>');
    expect(await added).toBe(true);
    grid.replaceChildren();
    const changed = pageMentions(MARKETO_SYNC_WORDS, 5000, new AbortController().signal);
    await redraws();
    (document.getElementById('field')!.firstChild as Text).data = 'Security Token:';
    expect(await changed).toBe(true);
  });

  it('looks at a page its address names again right after a change, and at others only every half second', async () => {
    const answerAfterChange = async (likely: boolean) => {
      document.body.innerHTML = '<div id="admin">Loading</div>';
      const answer = pageMentions(MARKETO_SYNC_WORDS, 5000, new AbortController().signal, { likely });
      await new Promise((resolve) => setTimeout(resolve, 50)); // the first look has found nothing
      const admin = document.getElementById('admin')!;
      admin.textContent = 'Drawing'; // a change: the page is looked at again later
      admin.insertAdjacentHTML('beforeend', '<label>Consumer Key:</label>');
      const drawn = performance.now();
      expect(await answer).toBe(true);
      return performance.now() - drawn;
    };
    expect(await answerAfterChange(true)).toBeLessThan(100);
    expect(await answerAfterChange(false)).toBeGreaterThanOrEqual(400);
  });

  it('looks less and less often at a page that keeps redrawing without the words', async () => {
    document.body.innerHTML = '<div id="admin">Field Management</div>';
    const looks = vi.spyOn(document, 'querySelectorAll');
    const stop = new AbortController();
    const answer = pageMentions(MARKETO_SYNC_WORDS, 60_000, stop.signal);
    const redraw = setInterval(() => document.getElementById('admin')!.append('Hover redraw'), 20);
    await new Promise((resolve) => setTimeout(resolve, 2200));
    clearInterval(redraw);
    stop.abort();
    expect(await answer).toBe(false);
    // The first look, then 0.5 s and 1 s later: every half second it would have been five.
    expect(looks.mock.calls.filter(([selector]) => selector === '[aria-label]').length).toBeLessThanOrEqual(3);
    looks.mockRestore();
  });

  it('answers no after its wait on another Admin page, and at once when the admin moves on', async () => {
    document.body.innerHTML = '<div id="admin">Field Management</div>';
    const timedOut = pageMentions(MARKETO_SYNC_WORDS, 30, new AbortController().signal);
    document.getElementById('admin')!.append('Hover redraw');
    expect(await timedOut).toBe(false);
    const moved = new AbortController();
    const aborted = pageMentions(MARKETO_SYNC_WORDS, 60_000, moved.signal);
    moved.abort();
    expect(await aborted).toBe(false);
  });
});

describe('loadGuide', () => {
  const failedNotice = () => {
    const host = document.querySelector('oauth-guide-overlay');
    return host ? document.body.parentElement!.contains(host) : false;
  };

  it('says so in the page when the chunk fails to load, and throws nothing', async () => {
    const importChunk: ImportChunk = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    await expect(loadGuide(ctx, '/salesforce-guide.js', importChunk)).resolves.toBeUndefined();
    expect(failedNotice()).toBe(true);
  });

  it('says so when the chunk is not a guide, or its start fails', async () => {
    await loadGuide(ctx, '/salesforce-guide.js', async () => ({}));
    expect(failedNotice()).toBe(true);
    document.querySelector('oauth-guide-overlay')!.remove();
    const start = () => {
      throw new Error('broken');
    };
    await loadGuide(ctx, '/salesforce-guide.js', async () => ({ default: { start } }));
    expect(failedNotice()).toBe(true);
  });

  it('starts the guide on a whole document when the recogniser decided while the page was loading', async () => {
    const readyState = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    const start = vi.fn<GuideChunk['start']>();
    const loading = loadGuide(ctx, '/oauth-popup-guide.js', async () => ({ default: { start } }));
    try {
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(start).not.toHaveBeenCalled();
    } finally {
      readyState.mockRestore();
      document.dispatchEvent(new Event('DOMContentLoaded'));
    }
    await loading;
    expect(start).toHaveBeenCalledOnce();
  });

  it('stays quiet when the extension went away under the page', async () => {
    endContext('test');
    await loadGuide(ctx, '/salesforce-guide.js', () => Promise.reject(new Error('gone')));
    expect(failedNotice()).toBe(false);
  });
});

describe('the failure notice', () => {
  it("tells the admin in the admin's language, as a status, and leaves with the extension", () => {
    const root = showLoadFailure(ctx);
    const notice = root.querySelector('[role=status]');
    expect(notice?.textContent).toContain(en.guide_load_failed.message);
    expect(root.querySelector('button')?.getAttribute('aria-label')).toBe(en.guide_dismiss.message);
    endContext('test');
    expect(root.host.isConnected).toBe(false);
  });
});
