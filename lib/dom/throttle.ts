// Runs a check at most once per frame while a page changes in bursts (a list drawn in chunks,
// hover redraws): the first change after a quiet spell is looked at at once, the rest of a burst
// once at its end. Mutation observers call this on every batch of changes; the check it guards
// walks the document, which costs the page a frame's worth of work if done on every batch.

/** About one frame at 60 Hz. */
export const FRAME_MS = 16;

export interface Throttled {
  (): void;
  /** Drops a check still waiting to run (the watcher is being stopped). */
  cancel(): void;
}

export function throttleToFrame(check: () => void, intervalMs = FRAME_MS): Throttled {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    timer = undefined;
    last = performance.now();
    check();
  };
  const throttled = () => {
    if (timer !== undefined) return;
    const wait = last + intervalMs - performance.now();
    if (wait <= 0) run();
    else timer = setTimeout(run, wait);
  };
  throttled.cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  return throttled;
}
