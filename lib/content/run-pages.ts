// Runs page modules in a content script: on load and after every in-app navigation (Lightning and
// Marketo never reload between pages), finds the module for the address, waits a bounded time for
// its page to render, reports what it observes and shows its guidance, kept current while progress
// changes, or when the module's own watcher says the page changed in place. Nothing here may throw
// into the page.
import type { RenderGuidance } from '../guide/guidance';
import type { PageModule } from '../pages/page-module';
import { send } from '../send';
import { waitFor } from '../dom/wait-for';

const RENDER_TIMEOUT_MS = 20_000;

export function runPages(modules: readonly PageModule[], signal: AbortSignal, render: RenderGuidance): void {
  let visit: AbortController | undefined;

  const onNavigation = () => {
    visit?.abort();
    visit = new AbortController();
    void visitPage(modules, visit.signal, render).catch(() => {
      // A failed report (extension reloaded, page left) must stay out of the page's console.
    });
  };

  signal.addEventListener('abort', () => visit?.abort(), { once: true });
  onNavigation();
  // The Navigation API sees pushState and hash changes alike.
  const navigation = (window as { navigation?: EventTarget }).navigation;
  if (navigation) navigation.addEventListener('navigatesuccess', onNavigation, { signal });
  else watchAddress(onNavigation, signal);
}

/** How often the address is compared where the Navigation API is missing (WXT's location watcher compares once a second). */
const ADDRESS_POLL_MS = 500;

/**
 * Without the Navigation API (Firefox before it shipped it; the add-on supports older releases),
 * nothing tells of a pushState, the way Lightning moves between Setup pages: the address is
 * compared twice a second, besides popstate and hashchange, which come at once.
 */
function watchAddress(onChange: () => void, signal: AbortSignal): void {
  let last = location.href;
  const moved = () => {
    last = location.href;
    onChange();
  };
  window.addEventListener('popstate', moved, { signal });
  window.addEventListener('hashchange', moved, { signal });
  const timer = setInterval(() => {
    if (location.href !== last) moved();
  }, ADDRESS_POLL_MS);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}

async function visitPage(modules: readonly PageModule[], signal: AbortSignal, render: RenderGuidance): Promise<void> {
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
  const guideAgain = shown.guide ? keepGuiding(shown, render, signal) : () => undefined;
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
  const words = candidates.flatMap((module) => module.mentions ?? []);
  const says = (text: string | null) => text !== null && words.some((word) => text.includes(word));
  return (records) =>
    records.some((record) =>
      record.type === 'characterData' ? says(record.target.textContent) : [...record.addedNodes].some((node) => says(node.textContent)),
    );
}

/** Shows the module's guidance now and again whenever progress or settings change; returns how to show it again. */
function keepGuiding(module: PageModule, render: RenderGuidance, signal: AbortSignal): () => void {
  const update = async () => {
    // The background answers with what it validated; content scripts carry no schemas.
    const context = await send({ kind: 'guide-context' });
    if (!context || signal.aborted) return;
    // A single-page app may have drawn another page without a navigation: its card goes with it.
    render(module.isShown(document) ? (module.guide?.(document, context) ?? null) : null);
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

