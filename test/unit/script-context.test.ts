// @vitest-environment happy-dom
// The context every content script runs in (lib/content/script-context.ts): a newer copy of the
// same script ends the older one, an extension that went away ends it too, starting posts the
// page no message, and no event a page script sends stops it (WXT's own posted a message to the
// window and listened for a document event that any page script could send).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from '../../lib/content/script-context';

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('ContentScriptContext', () => {
  it('ends an older copy of the same script when a newer one starts, and only that one', () => {
    const older = new ContentScriptContext('salesforce');
    const other = new ContentScriptContext('marketo');
    const ended = vi.fn();
    older.onInvalidated(ended);
    const newer = new ContentScriptContext('salesforce');
    expect(older.isInvalid).toBe(true);
    expect(ended).toHaveBeenCalledTimes(1);
    expect(newer.isInvalid).toBe(false);
    expect(other.isInvalid).toBe(false);
  });

  it('ends once the extension has gone (an orphaned script sees no runtime id)', () => {
    const context = new ContentScriptContext('oauth-popup');
    const ended = vi.fn();
    context.onInvalidated(ended);
    expect(context.isInvalid).toBe(false);
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    expect(context.isInvalid).toBe(true);
    expect(context.signal.aborted).toBe(true);
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('stops calling a listener that was removed', () => {
    const context = new ContentScriptContext('marketo');
    const ended = vi.fn();
    const remove = context.onInvalidated(ended);
    remove();
    void new ContentScriptContext('marketo');
    expect(ended).not.toHaveBeenCalled();
  });

  it('posts no message to the page when it starts', () => {
    const posted = vi.spyOn(window, 'postMessage');
    void new ContentScriptContext('salesforce');
    void new ContentScriptContext('salesforce');
    expect(posted).not.toHaveBeenCalled();
  });

  it("is not stopped by a page script that sends the start nudge, and no copy's context is", () => {
    const salesforce = new ContentScriptContext('salesforce');
    const popup = new ContentScriptContext('oauth-popup');
    document.dispatchEvent(new Event('marketo-sync-guide:started'));
    expect(salesforce.isInvalid).toBe(false);
    expect(popup.isInvalid).toBe(false);
  });

  it('ends a copy an update left behind in another isolated world, once a newer copy starts', () => {
    const orphan = new ContentScriptContext('marketo');
    // The newer copy's world has a global of its own, and the orphan's extension is gone.
    delete (globalThis as { __marketoSyncGuideRunning?: unknown }).__marketoSyncGuideRunning;
    const gone = vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    const ended = vi.fn();
    orphan.onInvalidated(ended);
    void new ContentScriptContext('marketo');
    expect(ended).toHaveBeenCalledTimes(1);
    gone.mockRestore();
  });
});
