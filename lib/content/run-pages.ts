// Runs page modules in a content script: on load and after every in-app navigation (Lightning and
// Marketo never reload between pages), finds the module for the address, waits a bounded time for
// its page to render, reports what it observes and shows its guidance, kept current while progress
// changes, or when the module's own watcher says the page changed in place. Nothing here may throw
// into the page.
import type { RenderGuidance } from '../guide/guidance';
import type { PageModule } from '../pages/page-module';
import { send } from '../send';
import { waitFor } from '../dom/wait-for';
import { watchAddress } from './address-watch';
import type { EarlyGuideContext } from './guide-chunk';
import { recordsMention } from './page-words';

const RENDER_TIMEOUT_MS = 20_000;

/**
 * `firstContext`: the background's answer to the guide's first `guide-context` question, asked
 * before the chunk started (lib/content/guide-chunk.ts); used by the first page visited only.
 */
export function runPages(modules: readonly PageModule[], signal: AbortSignal, render: RenderGuidance, firstContext?: EarlyGuideContext): void {
  let visit: AbortController | undefined;
  let early = firstContext;

  const onNavigation = () => {
    visit?.abort();
    visit = new AbortController();
    const context = early;
    early = undefined;
    void visitPage(modules, visit.signal, render, context).catch(() => {
      // A failed report (extension reloaded, page left) must stay out of the page's console.
    });
  };

  signal.addEventListener('abort', () => visit?.abort(), { once: true });
  onNavigation();
  watchAddress(onNavigation, signal);
}

async function visitPage(modules: readonly PageModule[], signal: AbortSignal, render: RenderGuidance, firstContext?: EarlyGuideContext): Promise<void> {
  render(null);
  const url = new URL(location.href);
  const candidates = modules.filter((module) => module.matchesUrl(url));
  if (candidates.length === 0) return;
  const shown = await waitFor(() => candidates.find((module) => module.isShown(document)), {
    timeoutMs: RENDER_TIMEOUT_MS,
    signal,
    relevant: mentioning(candidates),
  });
  if (!shown || signal.aborted) return;
  // The guide comes first: what it says is redrawn anyway when the reports below change progress.
  const guideAgain = shown.guide ? keepGuiding(shown, render, signal, firstContext) : () => undefined;
  // Only the page that is shown is watched, and only until the admin leaves it.
  shown.watch?.(document, signal, guideAgain);
  for (const observation of shown.observe(document)) await send({ kind: 'observe', observation });
}

/**
 * When every candidate names the words its page shows, only changes that add one of them are worth
 * a look: a busy page that is none of them (a long list, hover redraws) then costs next to nothing.
 */
function mentioning(candidates: readonly PageModule[]): ((records: readonly MutationRecord[]) => boolean) | undefined {
  if (!candidates.every((module) => module.mentions)) return undefined;
  return recordsMention(candidates.flatMap((module) => module.mentions ?? []));
}

/**
 * Shows the module's guidance now and again whenever progress or settings change; returns how to
 * show it again. The first time from `firstContext` where there is one.
 */
function keepGuiding(module: PageModule, render: RenderGuidance, signal: AbortSignal, firstContext?: EarlyGuideContext): () => void {
  let awaitingPage = false;
  let early = firstContext;
  const update = async () => {
    const asked = early;
    early = undefined;
    // The background answers with what it validated; content scripts carry no schemas.
    const context = await (asked ?? send({ kind: 'guide-context' }));
    // The early answer was asked before changes were listened to: asked once more, for a change in between.
    if (asked) again();
    if (!context || signal.aborted) return;
    if (module.isShown(document)) return render(module.guide?.(document, context) ?? null);
    // A single-page app may have taken the page away without a navigation (another page drawn, or
    // this one redrawn afresh): its card goes with it, and comes back when the page does.
    render(null);
    if (awaitingPage) return;
    awaitingPage = true;
    const back = await waitFor(() => module.isShown(document), { timeoutMs: RENDER_TIMEOUT_MS, signal });
    awaitingPage = false;
    if (back && !signal.aborted) again();
  };
  const again = () => void update().catch(() => undefined);
  // Any change of progress or settings may change what the guide says; storage only signals it.
  const onChanged = (_changes: Record<string, unknown>, area: string) => {
    if (area === 'local') again();
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => {
    browser.storage.onChanged.removeListener(onChanged);
    render(null);
  });
  again();
  return again;
}

