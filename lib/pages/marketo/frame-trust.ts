// Where the key and secret may be filled: only in Marketo's admin application, top-level or framed
// by the Adobe Experience Cloud shell. The background decides from the browser's own account of
// the sender (lib/background/senders.ts); this is the page's side of the same rule, so that a
// lookalike frame is told why nothing happens without even asking.
import { isAdobeShellHost, isMarketoAppHost, isMarketoLandingPagePath } from '../../hosts';

export function isTrustedMarketoAdminFrame(location: Location): boolean {
  if (location.protocol !== 'https:' || !isMarketoAppHost(location.hostname) || isMarketoLandingPagePath(location.pathname)) return false;
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
