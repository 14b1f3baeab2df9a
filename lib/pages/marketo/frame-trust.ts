// Where the key and secret may be filled: only in Marketo's admin application, top-level or framed
// by the Adobe Experience Cloud shell. The background decides from the browser's own account of
// the sender (lib/background/senders.ts); this is the page's side of the same rule, so that a
// lookalike frame is told why nothing happens without even asking, and so that a customer page on
// the app host that moves its address to the admin application's with history.pushState is still
// that page (the background sees only the moved address).
import { loadedUrl, shownAndLoadedAs } from '../../dom/loaded-url';
import { isAdobeShellHost, isMarketoAdminAppUrl } from '../../hosts';

/** This document is Marketo's admin application, and was loaded as one. */
export function isMarketoAdminDocument(doc: Document): boolean {
  return isAdminAddress(doc.location, loadedUrl(doc));
}

/** `loaded`: where the document was loaded (lib/dom/loaded-url.ts). */
export function isTrustedMarketoAdminFrame(location: Location, loaded: URL | null): boolean {
  if (!isAdminAddress(location, loaded)) return false;
  // Chrome lists the origins of every frame above this one; other engines have no such list and
  // leave the decision to the background.
  const ancestors = location.ancestorOrigins ? Array.from(location.ancestorOrigins) : [];
  return ancestors.every((origin) => {
    try {
      const { protocol, hostname } = new URL(origin);
      return protocol === 'https:' && (hostname === location.hostname || isAdobeShellHost(hostname));
    } catch {
      return false;
    }
  });
}

function isAdminAddress(location: Location, loaded: URL | null): boolean {
  return shownAndLoadedAs(new URL(location.href), loaded, isMarketoAdminAppUrl);
}
