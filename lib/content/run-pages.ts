// Runs page modules in a content script: on load and after every in-app navigation (Lightning and
// Marketo never reload between pages), finds the module for the address, waits a bounded time for
// its page to render, and reports what it observes. Nothing here may throw into the page.
import type { PageModule } from '../pages/page-module';
import { send } from '../send';
import { waitFor } from '../dom/wait-for';

const RENDER_TIMEOUT_MS = 20_000;

export function runPages(modules: readonly PageModule[], signal: AbortSignal): void {
  let visit: AbortController | undefined;

  const onNavigation = () => {
    visit?.abort();
    visit = new AbortController();
    signal.addEventListener('abort', () => visit?.abort(), { once: true });
    void visitPage(modules, visit.signal).catch(() => {
      // A failed report (extension reloaded, page left) must stay out of the page's console.
    });
  };

  onNavigation();
  // The Navigation API sees pushState and hash changes alike; older engines fire these two.
  const navigation = (window as { navigation?: EventTarget }).navigation;
  if (navigation) navigation.addEventListener('navigatesuccess', onNavigation, { signal });
  else {
    window.addEventListener('popstate', onNavigation, { signal });
    window.addEventListener('hashchange', onNavigation, { signal });
  }
}

async function visitPage(modules: readonly PageModule[], signal: AbortSignal): Promise<void> {
  const url = new URL(location.href);
  const candidates = modules.filter((module) => module.matchesUrl(url));
  if (candidates.length === 0) return;
  const shown = await waitFor(() => candidates.find((module) => module.isShown(document)), {
    timeoutMs: RENDER_TIMEOUT_MS,
    signal,
  });
  if (!shown || signal.aborted) return;
  for (const observation of shown.observe(document)) await send({ kind: 'observe', observation });
}
