// Waiting for a component framework to re-render after an event. Lightning web components render
// in a microtask after the event that changed them (and move focus in their renderedCallback,
// right after), inside shadow roots that a MutationObserver on the document never sees: so a
// read-back waits for the next task, when every microtask has run, and polls, always within a bound.

/** Resolves in the next task: after the microtasks in which components re-render. */
export function nextRender(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The first truthy result of `check`, looked at after each render, or null after `timeoutMs`. */
export async function untilRendered<T>(check: () => T | null | undefined | false, timeoutMs: number): Promise<T | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = safely(check);
    if (found) return found;
    if (Date.now() >= deadline) return null;
    await nextRender();
  }
}

function safely<T>(check: () => T): T | null {
  try {
    return check();
  } catch {
    return null;
  }
}
