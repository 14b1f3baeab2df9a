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
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    onChange();
  };
  window.addEventListener('popstate', check, { signal });
  window.addEventListener('hashchange', check, { signal });
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
