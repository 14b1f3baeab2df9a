// Where the content script may read the consumer key and secret: the classic Connected Apps pages
// on the org's classic Setup hosts (lib/hosts.ts), in a document that was loaded at that address.
// Any script of the org's pages can call history.pushState to put the consumer details path in
// the address bar and draw elements with the page's ids; it cannot change where its document was
// loaded (lib/dom/loaded-url.ts). The background checks the sender's address again
// (lib/background/senders.ts).
import { loadedUrl, shownAndLoadedAs } from '../../dom/loaded-url';
import { isSalesforceCaptureUrl } from '../../hosts';

export function mayCaptureHere(doc: Document): boolean {
  return shownAndLoadedAs(new URL(doc.location.href), loadedUrl(doc), isSalesforceCaptureUrl);
}
