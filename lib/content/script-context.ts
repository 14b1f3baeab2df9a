// The context every content script runs in. WXT's entry wrapper creates it (`new
// ContentScriptContext(name, options)`); the content scripts' build resolves WXT's own module to
// this one (wxt.config.ts, `ownScriptContext`). WXT's announces each start to the page: it posts a
// message to the window, which every `message` listener of the host page receives, carrying the
// extension's id, and it listens on the document for an event of that name, by which any page
// script stopped the guide (docs/security.md, "The guide's start"). This one tells the page
// nothing: copies of a script find each other in the isolated world's global, which page scripts
// cannot reach.
import { browser } from 'wxt/browser';

/** What the recognisers and the guide use of their context. */
export interface PageContext {
  /** Aborts when the context is invalidated. */
  readonly signal: AbortSignal;
  /** The extension went away (updated, reloaded, removed) or a newer copy of the script started. */
  readonly isInvalid: boolean;
  /** Calls `listener` once, on invalidation; returns what removes it. */
  onInvalidated(listener: () => void): () => void;
}

/** The copies running in this document, by script name: one global of the isolated world. */
const RUNNING = '__marketoSyncGuideRunning';

function runningScripts(): Record<string, AbortController> {
  const global = globalThis as { [RUNNING]?: Record<string, AbortController> };
  return (global[RUNNING] ??= {});
}

export class ContentScriptContext implements PageContext {
  readonly #controller = new AbortController();

  /** Starts `name`'s context, invalidating an older copy of the same script in this document. */
  constructor(name: string) {
    const running = runningScripts();
    // The platform's AbortController: stopping the older copy needs none of its code.
    running[name]?.abort();
    running[name] = this.#controller;
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get isInvalid(): boolean {
    // An orphaned content script sees no runtime id once its extension has gone.
    if (!browser.runtime?.id) this.#controller.abort();
    return this.signal.aborted;
  }

  onInvalidated(listener: () => void): () => void {
    this.signal.addEventListener('abort', listener, { once: true });
    return () => this.signal.removeEventListener('abort', listener);
  }
}
