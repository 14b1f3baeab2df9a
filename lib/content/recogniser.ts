// What every matched frame runs: a recogniser, small and quiet (docs/lightness.md). At each
// address it asks whether this is a page of the journey (the address, and where the address does
// not say, a cheap look at the page); on the first yes it loads the guide's chunk and hands over,
// the guide then following the admin's navigations itself. On any other page it only notices
// in-app navigations.
import type { PageContext } from './script-context';
import { watchAddress } from './address-watch';
import { loadGuide, type GuideChunkPath, type ImportChunk } from './guide-chunk';

/** Whether the page now shown is one of the journey's; may wait (bounded) until `signal` aborts. */
export type JourneyPageTest = (signal: AbortSignal) => boolean | Promise<boolean>;

export function recognise(ctx: PageContext, chunk: GuideChunkPath, isJourneyPage: JourneyPageTest, importChunk?: ImportChunk): void {
  const watching = new AbortController();
  let visit: AbortController | undefined;
  const stop = () => {
    visit?.abort();
    watching.abort();
  };
  ctx.signal.addEventListener('abort', stop, { once: true });

  const onAddress = () => {
    visit?.abort();
    const current = (visit = new AbortController());
    const answer = (async () => isJourneyPage(current.signal))();
    answer.then(
      (yes) => {
        if (!yes || current.signal.aborted) return;
        stop();
        return loadGuide(ctx, chunk, importChunk);
      },
      // A page test that fails says nothing about the page: wait for the next address.
      () => undefined,
    );
  };
  onAddress();
  watchAddress(onAddress, watching.signal);
}
