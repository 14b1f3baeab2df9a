// Waiting for a page to render what we look for: single-page apps (Lightning, Marketo's ExtJS)
// draw their content after load and redraw it at will. One MutationObserver on the smallest root,
// always bounded by a timeout and an AbortSignal, and disconnected as soon as it is answered; the
// look-up runs at most once a frame however fast the page changes. Components under native shadow
// draw inside shadow roots the observer does not see, after the last change it does (Salesforce's
// lightning-tabset draws its tabs a frame after its host is added: docs/bench.md), so a slow
// look-up also runs on a timer.
import { throttleToFrame } from './throttle';

/** How often to look when no change the observer sees has come. */
const UNSEEN_CHANGES_MS = 500;

export interface WaitOptions {
  root?: Node;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Whether a batch of changes can have brought what is looked for; every batch can without it. */
  relevant?: (records: readonly MutationRecord[]) => boolean;
}

/** Resolves with the first truthy result of `find`, or null on timeout or abort. */
export function waitFor<T>(lookFor: () => T | null | undefined, options: WaitOptions): Promise<T | null> {
  // Runs inside the page's mutation callbacks: a page module's error must not reach its console.
  const find = () => {
    try {
      return lookFor();
    } catch {
      return null;
    }
  };
  const first = find();
  if (first) return Promise.resolve(first);
  if (options.signal?.aborted) return Promise.resolve(null);
  return new Promise((resolve) => {
    const root = options.root ?? document.documentElement;
    const finish = (value: T | null) => {
      observer.disconnect();
      look.cancel();
      clearTimeout(timer);
      clearInterval(poll);
      options.signal?.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onAbort = () => finish(null);
    const look = throttleToFrame(() => {
      const found = find();
      if (found) finish(found);
    });
    const { relevant } = options;
    const observer = new MutationObserver((records) => {
      if (!relevant || relevant(records)) look();
    });
    const timer = setTimeout(() => finish(null), options.timeoutMs);
    const poll = setInterval(look, UNSEEN_CHANGES_MS);
    options.signal?.addEventListener('abort', onAbort);
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
  });
}
