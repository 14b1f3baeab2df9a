// Noticing in-app navigations: Lightning and Marketo change the address without loading a page.
// The Navigation API reports every same-document navigation (pushState, replaceState, a new hash)
// and costs the page nothing in between. Engines without it (Firefox before it shipped there) fire
// popstate and hashchange for back, forward and hash changes, and nothing for pushState: there a
// move is noticed at the page's next change of its DOM (a single-page app draws the new page after
// moving), at the price of comparing the address once per batch of changes.

/** Calls `onChange` after each in-app navigation, until `signal` aborts. */
export function watchAddress(onChange: () => void, signal: AbortSignal): void {
  const navigation = (window as { navigation?: EventTarget }).navigation;
  if (navigation) {
    navigation.addEventListener('navigatesuccess', onChange, { signal });
    return;
  }
  let last = location.href;
  const moved = () => {
    last = location.href;
    onChange();
  };
  window.addEventListener('popstate', moved, { signal });
  window.addEventListener('hashchange', moved, { signal });
  const observer = new MutationObserver(() => {
    if (location.href !== last) moved();
  });
  observer.observe(document, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
