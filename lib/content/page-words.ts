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
 * Whether the page shows one of `words` now (in its text or an element's accessible name), or
 * draws one within `timeoutMs`; false once `signal` aborts. While it waits it looks only at what
 * each change adds, so a busy page that never shows them costs little, and nothing after the wait.
 */
export function pageMentions(words: readonly string[], timeoutMs: number, signal: AbortSignal): Promise<boolean> {
  const says = (text: string | null) => text !== null && words.some((word) => text.includes(word));
  const named = () => [...document.querySelectorAll('[aria-label]')].some((element) => says(element.getAttribute('aria-label')));
  if (says(document.body?.textContent ?? null) || named()) return Promise.resolve(true);
  if (signal.aborted) return Promise.resolve(false);
  const mention = recordsMention(words);
  return new Promise((resolve) => {
    const finish = (answer: boolean) => {
      observer.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(answer);
    };
    const onAbort = () => finish(false);
    const observer = new MutationObserver((records) => {
      if (mention(records)) finish(true);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    const timer = setTimeout(() => finish(false), timeoutMs);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
