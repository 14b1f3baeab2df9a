// The address a document was loaded at, as the browser wrote it in the document's navigation
// entry. A page script can change the address bar in place (history.pushState, replaceState);
// it cannot change this entry, and the content script reads it through its own isolated world's
// `performance`, which the page's patches do not reach. Trust decisions on the page's side that
// depend on the path use this (docs/security.md): `shownAndLoadedAs`.

/** The document's load address, or null where the browser keeps no navigation entry. */
export function loadedUrl(doc: Document): URL | null {
  const [entry] = doc.defaultView?.performance.getEntriesByType('navigation') ?? [];
  if (!entry) return null;
  try {
    return new URL(entry.name);
  } catch {
    return null;
  }
}

/**
 * The document shows an address the rule accepts and was loaded at that page: its query and hash
 * may change in place, its origin and path may not. So moving the address with pushState cannot
 * turn one page into another the rule trusts more. Without a navigation entry nothing passes.
 */
export function shownAndLoadedAs(shown: URL, loaded: URL | null, accepts: (url: URL) => boolean): boolean {
  return accepts(shown) && loaded !== null && loaded.origin === shown.origin && loaded.pathname === shown.pathname;
}
