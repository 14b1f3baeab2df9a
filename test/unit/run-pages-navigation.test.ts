// @vitest-environment happy-dom
// In-app navigation where the Navigation API is missing (happy-dom has none, nor has Firefox before
// it shipped it): Lightning moves between Setup pages with history.pushState, which fires no event,
// then draws the new page; the page module for the new address must still run
// (lib/content/address-watch.ts notices the move at the page's next change). And a page taken away
// and drawn again without any navigation gets its card back.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { runPages } from '../../lib/content/run-pages';
import type { GuideContext, PageModule } from '../../lib/pages/page-module';

function moduleAt(path: string, seen: string[]): PageModule {
  return {
    id: `test${path}`,
    matchesUrl: (url) => url.pathname === path,
    isShown: () => true,
    observe: () => {
      seen.push(path);
      return [];
    },
  };
}

/** Lightning's way of moving: the address changes, then the new page is drawn. */
function moveInApp(path: string): void {
  history.pushState(null, '', path);
  document.body.append(document.createElement('div'));
}

describe('runPages without the Navigation API', () => {
  let controller: AbortController;
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    history.replaceState(null, '', '/lightning/setup/NavigationMenus/page');
    controller = new AbortController();
  });
  afterEach(() => {
    controller.abort();
    vi.restoreAllMocks();
  });

  it('runs the module of the address a pushState moved to, once the new page is drawn', async () => {
    expect('navigation' in window).toBe(false);
    const seen: string[] = [];
    runPages([moduleAt('/lightning/setup/NavigationMenus/home', seen)], controller.signal, () => undefined);
    moveInApp('/lightning/setup/NavigationMenus/home');
    await vi.waitFor(() => expect(seen).toEqual(['/lightning/setup/NavigationMenus/home']), { timeout: 1000 });
  });

  it('stops looking at the address once its content script is stopped', async () => {
    const seen: string[] = [];
    runPages([moduleAt('/lightning/setup/NavigationMenus/home', seen)], controller.signal, () => undefined);
    controller.abort();
    moveInApp('/lightning/setup/NavigationMenus/home');
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(seen).toEqual([]);
  });
});

describe('runPages on a page a single-page app takes away and draws again', () => {
  let controller: AbortController;
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({});
    history.replaceState(null, '', '/lightning/setup/ManageExternalClientApplication/create');
    document.body.innerHTML = '<form id="app-form"></form>';
    controller = new AbortController();
  });
  afterEach(() => {
    controller.abort();
    vi.restoreAllMocks();
  });

  it('takes the card away with the page and brings it back when the page is drawn again, without a navigation', async () => {
    const form: PageModule = {
      id: 'test/form',
      matchesUrl: () => true,
      isShown: (doc) => doc.getElementById('app-form') !== null,
      observe: () => [],
      guide: () => ({ key: 'test/form', title: 'Fill the form', body: '' }),
    };
    const shown: Array<string | null> = [];
    runPages([form], controller.signal, (guidance) => shown.push(guidance?.title ?? null));
    await vi.waitFor(() => expect(shown.at(-1)).toBe('Fill the form'));
    // Lightning redraws the form afresh; progress changes meanwhile (what the page reported is stored).
    document.getElementById('app-form')!.remove();
    await fakeBrowser.storage.local.set({ progress: {} });
    await vi.waitFor(() => expect(shown.at(-1)).toBeNull());
    document.body.append(Object.assign(document.createElement('form'), { id: 'app-form' }));
    await vi.waitFor(() => expect(shown.at(-1)).toBe('Fill the form'), { timeout: 1500 });
  });
});

describe('runPages with the answer its content script asked for while the chunk loaded', () => {
  let controller: AbortController;
  afterEach(() => {
    controller.abort();
    vi.restoreAllMocks();
  });

  it('shows the first card from that answer, then asks again for a change that came in between', async () => {
    fakeBrowser.reset();
    const later = { settings: { appName: 'Asked again' } } as unknown as GuideContext;
    const asked = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(later);
    history.replaceState(null, '', '/lightning/setup/NavigationMenus/home');
    controller = new AbortController();
    const page: PageModule = {
      id: 'test/app-manager',
      matchesUrl: () => true,
      isShown: () => true,
      observe: () => [],
      guide: (_doc, context) => ({ key: 'test/app-manager', title: context.settings.appName, body: '' }),
    };
    const shown: Array<string | null> = [];
    const early = Promise.resolve({ settings: { appName: 'Asked early' } } as unknown as GuideContext);
    runPages([page], controller.signal, (guidance) => shown.push(guidance?.title ?? null), early);
    await vi.waitFor(() => expect(shown.at(-1)).toBe('Asked again'));
    expect(shown.filter(Boolean)).toEqual(['Asked early', 'Asked again']);
    expect(asked.mock.calls.filter(([request]) => (request as { kind: string }).kind === 'guide-context')).toHaveLength(1);
  });
});
