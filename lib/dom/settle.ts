// Waiting for a component framework to re-render after an event. Lightning web components render
// in a microtask after the event that changed them, and inside shadow roots that a
// MutationObserver on the document never sees: so a read-back waits a frame (or a short timer
// where frames do not run, as in a background tab) and polls, always within a bound.

/** Resolves after the next frame, or after 50 ms where no frame comes. */
export function nextRender(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      // A timer after the frame: the frame's own callbacks (and their microtasks) have run.
      setTimeout(resolve, 0);
    };
    const timer = setTimeout(finish, 50);
    requestAnimationFrame(finish);
  });
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
