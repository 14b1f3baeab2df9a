// The single writer of progress. Updates are applied one at a time, each reading what storage
// holds now, so two pages reporting at once cannot overwrite each other, and a service worker
// stopped between two updates loses nothing (no state lives only in memory).
import { reduce, type Action } from '../journey/reducer';
import type { Progress } from '../schema';
import { readProgressRepairing, writeProgress } from '../storage';

let queue: Promise<unknown> = Promise.resolve();

function serially<T>(work: () => Promise<T>): Promise<T> {
  const result = queue.then(work);
  queue = result.catch(() => undefined);
  return result;
}

/** Applies one action; resolves to the progress before and after. */
export function applyAction(action: Action): Promise<{ before: Progress; after: Progress }> {
  return serially(async () => {
    const before = await readProgressRepairing();
    const after = reduce(before, action, Date.now());
    if (after !== before) await writeProgress(after);
    return { before, after };
  });
}

/** Reads progress, replacing it if unreadable, in the same queue as the updates: a repair that
 * raced an update could otherwise write the default over the update's fact. */
export function repairProgress(): Promise<Progress> {
  return serially(readProgressRepairing);
}

/** Replaces progress wholesale (reset), in the same queue as the updates. */
export function replaceProgress(progress: Progress): Promise<void> {
  return serially(() => writeProgress(progress));
}
