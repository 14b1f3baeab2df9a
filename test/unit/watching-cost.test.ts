// @vitest-environment happy-dom
// What watching a busy page costs: a burst of changes (a list drawn in chunks, hover redraws) gets
// one look at once and one at its end, not one per change; a page module's watcher runs only while
// its page is shown and stops when the admin leaves it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { runPages } from '../../lib/content/run-pages';
import { throttleToFrame, FRAME_MS } from '../../lib/dom/throttle';
import { waitFor } from '../../lib/dom/wait-for';
import type { PageModule } from '../../lib/pages/page-module';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('throttleToFrame', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('looks at the first change at once and at a burst once more at its end', () => {
    const check = vi.fn();
    const look = throttleToFrame(check);
    for (let change = 0; change < 50; change++) look();
    expect(check).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(FRAME_MS);
    expect(check).toHaveBeenCalledTimes(2);
    // A quiet spell later, the next change is looked at without delay again.
    vi.advanceTimersByTime(100);
    look();
    expect(check).toHaveBeenCalledTimes(3);
  });

  it('drops a waiting look when cancelled', () => {
    const check = vi.fn();
    const look = throttleToFrame(check);
    look();
    look();
    look.cancel();
    vi.advanceTimersByTime(100);
    expect(check).toHaveBeenCalledTimes(1);
  });
});

describe('waiting for a control on a page that changes in bursts', () => {
  it('walks the page a few times, not once per change, and still finds the control', async () => {
    document.body.innerHTML = '<div id="list"></div>';
    let looks = 0;
    const found = waitFor(
      () => {
        looks += 1;
        return document.querySelector('#wanted');
      },
      { timeoutMs: 2000 },
    );
    const list = document.getElementById('list')!;
    // 200 separate batches of changes within a few milliseconds, then the control.
    for (let row = 0; row < 200; row++) {
      list.append(document.createElement('div'));
      await Promise.resolve();
    }
    list.insertAdjacentHTML('beforeend', '<button id="wanted">Save</button>');
    expect(await found).not.toBeNull();
    expect(looks).toBeLessThan(20);
  });
});

describe('a page module watcher', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    document.body.innerHTML = '<main></main>';
    history.replaceState(null, '', '/#MM0A1');
  });

  function moduleShownWith(selector: string, watch: PageModule['watch']): PageModule {
    return {
      id: 'test/page',
      matchesUrl: () => true,
      isShown: (doc) => doc.querySelector(selector) !== null,
      observe: () => [],
      watch,
    };
  }

  it('starts only once its page is shown and stops when the admin leaves it', async () => {
    const started: AbortSignal[] = [];
    const module = moduleShownWith('#sync-form', (_doc, signal) => void started.push(signal));
    const controller = new AbortController();
    runPages([module], controller.signal, () => undefined);
    await flush();
    // Another Admin page: nothing watches it.
    expect(started).toHaveLength(0);

    document.querySelector('main')!.innerHTML = '<form id="sync-form"></form>';
    await vi.waitFor(() => expect(started).toHaveLength(1));
    expect(started[0].aborted).toBe(false);

    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(started[0].aborted).toBe(true);
    controller.abort();
  });
});
