// A cheap look at a page: does it show one of a few words? Used where the address alone does not
// say which page is shown (Marketo navigates by undocumented hashes), both by the recogniser and
// by the guide while it waits for a page to render.

/** Whether a batch of changes added one of `words` (new nodes' text, or changed text). */
export function recordsMention(words: readonly string[]): (records: readonly MutationRecord[]) => boolean {
  const says = (text: string | null) => text !== null && words.some((word) => text.includes(word));
  return (records) =>
    records.some((record) =>
      record.type === 'characterData' ? says(record.target.textContent) : [...record.addedNodes].some((node) => says(node.textContent)),
    );
}

/**
 * How soon, at most, a page that keeps changing is looked at again while the words are awaited;
 * each look that finds nothing doubles it, up to LONGEST_LOOK_INTERVAL_MS. Admin pages draw within a
 * second of a navigation (each navigation starts a new wait): what keeps changing after that is
 * mostly the page's own redraws, such as a grid's rows under the pointer.
 */
const LOOK_INTERVAL_MS = 500;
const LONGEST_LOOK_INTERVAL_MS = 4000;
/** The same where the address says the page is likely the one awaited: in the next task. */
const LIKELY_LOOK_INTERVAL_MS = 0;
/** The longest the first look waits for an idle moment after the page's load event. */
const IDLE_WAIT_MS = 1000;

export interface MentionWait {
  /**
   * The address suggests the page awaited (an address no public source confirms): looked at as
   * soon as it has loaded and again in the task after each change, so the guide comes as the page
   * is drawn. The words still decide; elsewhere the wait stays slow and cheap.
   */
  likely?: boolean;
}

/**
 * Whether the page shows one of `words` (in its text or an element's accessible name) once it has
 * loaded, or draws one within `timeoutMs`; false once `signal` aborts.
 *
 * Cheap on a busy page that never shows them (docs/lightness.md, "Marketo"): the first look waits
 * for the page's load event and an idle moment, so that the page loads as fast as without us. After
 * it, a change only stops the observer and the page is looked at again, whole, LOOK_INTERVAL_MS
 * later, then twice as late after each look that found nothing: a grid's redraws cost a few looks
 * instead of a call per frame, and the page's own changes are not recorded for us in between.
 */
export function pageMentions(words: readonly string[], timeoutMs: number, signal: AbortSignal, { likely = false }: MentionWait = {}): Promise<boolean> {
  let interval = likely ? LIKELY_LOOK_INTERVAL_MS : LOOK_INTERVAL_MS;
  if (signal.aborted) return Promise.resolve(false);
  const says = (text: string | null) => text !== null && words.some((word) => text.includes(word));
  // One `[aria-label]` query and a look at each name: measured several times cheaper on a big
  // grid than a list of `[aria-label*=…]` selectors, one per word.
  const shows = () =>
    says(document.body?.textContent ?? null) ||
    [...document.querySelectorAll('[aria-label]')].some((element) => says(element.getAttribute('aria-label')));
  return new Promise((resolve) => {
    let done = false;
    let again: ReturnType<typeof setTimeout> | undefined;
    const finish = (answer: boolean) => {
      done = true;
      observer.disconnect();
      clearTimeout(again);
      clearTimeout(deadline);
      window.removeEventListener('load', firstLook);
      signal.removeEventListener('abort', onAbort);
      resolve(answer);
    };
    const onAbort = () => finish(false);
    const look = () => {
      if (done) return;
      if (shows()) return finish(true);
      observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    };
    const observer = new MutationObserver(() => {
      observer.disconnect();
      again = setTimeout(look, interval);
      interval = Math.min(interval * 2, LONGEST_LOOK_INTERVAL_MS);
    });
    const firstLook = () => {
      if (!likely && typeof requestIdleCallback === 'function') requestIdleCallback(look, { timeout: IDLE_WAIT_MS });
      else again = setTimeout(look, 0);
    };
    const deadline = setTimeout(() => finish(false), timeoutMs);
    signal.addEventListener('abort', onAbort, { once: true });
    if (document.readyState === 'complete') firstLook();
    else window.addEventListener('load', firstLook, { once: true });
  });
}
