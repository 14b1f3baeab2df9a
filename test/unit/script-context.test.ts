// @vitest-environment happy-dom
// The context every content script runs in (lib/content/script-context.ts): a newer copy of the
// same script ends the older one, an extension that went away ends it too, and starting tells the
// page nothing (WXT's own posted a message to the window and listened for a document event that
// any page script could send).
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

  it('tells the page nothing when it starts: no message to the window, no event on the document', () => {
    const posted = vi.spyOn(window, 'postMessage');
    const documentEvents = vi.spyOn(document, 'dispatchEvent');
    const windowEvents = vi.spyOn(window, 'dispatchEvent');
    void new ContentScriptContext('salesforce');
    void new ContentScriptContext('salesforce');
    expect(posted).not.toHaveBeenCalled();
    expect(documentEvents).not.toHaveBeenCalled();
    expect(windowEvents).not.toHaveBeenCalled();
  });
});
