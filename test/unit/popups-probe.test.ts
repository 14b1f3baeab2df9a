// @vitest-environment happy-dom
// The live pop-up probe on Marketo's Salesforce page: pop-ups count as working only when the test
// window opened and stayed. Chrome lets the content script read the blank window it opened; Firefox
// does not (the window is cross-origin to the content script), and there a window that stays open
// for the whole check counts, while one a blocker closes at once does not.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import en from '../../public/_locales/en/messages.json';
import { probePopups } from '../../lib/pages/marketo/popups-check';
import { useLocale } from './locale-messages';

/** A window as window.open returns it: readable or not (Firefox's cross-origin answer), closed after `closesAfterMs` or never. */
function fakeWindow({ readable, closesAfterMs }: { readable: boolean; closesAfterMs?: number }) {
  const opened = Date.now();
  return {
    get closed() {
      return closesAfterMs !== undefined && Date.now() - opened >= closesAfterMs;
    },
    get document() {
      if (!readable) throw new DOMException('Permission denied to access property "document" on cross-origin object', 'SecurityError');
      return { readyState: 'complete' };
    },
    close: vi.fn(),
  } as unknown as Window;
}

describe('the pop-up probe', () => {
  let sent: unknown[];
  beforeEach(() => {
    fakeBrowser.reset();
    sent = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push(message);
      return undefined;
    });
    useLocale('en');
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  async function probeWith(opened: Window | null) {
    vi.spyOn(window, 'open').mockReturnValue(opened);
    const report = probePopups();
    await vi.advanceTimersByTimeAsync(2000);
    return { report: await report, observed: sent.map((message) => (message as { observation?: { state?: string } }).observation?.state) };
  }

  it('counts a blank window it can read, loaded, as pop-ups working (Chrome)', async () => {
    expect(await probeWith(fakeWindow({ readable: true }))).toEqual({ report: { tone: 'success', lines: [en.mkto_popups_probe_allowed.message] }, observed: ['allowed'] });
  });

  it('counts a window it may not read that stays open for the whole check as pop-ups working (Firefox)', async () => {
    expect(await probeWith(fakeWindow({ readable: false }))).toEqual({ report: { tone: 'success', lines: [en.mkto_popups_probe_allowed.message] }, observed: ['allowed'] });
  });

  it('takes a window it may not read that a blocker closes at once as proving nothing', async () => {
    expect(await probeWith(fakeWindow({ readable: false, closesAfterMs: 100 }))).toEqual({ report: { tone: 'warning', lines: [en.mkto_popups_probe_unknown.message] }, observed: [] });
  });

  it('takes no window at all as pop-ups blocked', async () => {
    expect(await probeWith(null)).toEqual({ report: { tone: 'warning', lines: [en.mkto_popups_probe_blocked.message] }, observed: ['blocked'] });
  });
});
