// Who may ask the background for what. Content scripts only run on the consoles' hosts, but the
// background checks again from the browser's own account of the sender, never from the message.
import type { Runtime } from 'webextension-polyfill';
import {
  httpsHostOf,
  isAdobeShellHost,
  isMarketoAdminAppUrl,
  isMarketoAppHost,
  isMarketoRedirectHost,
  isSalesforceCaptureUrl,
  isSalesforceLoginHost,
  isSalesforceSetupHost,
  salesforceOrgOf,
} from '../hosts';

/**
 * `origin` is the browser's account of the sending document's origin. Chrome and Firefox ESR 153
 * report it (test/e2e/firefox-trust.e2e.test.ts); where a browser does not, the content scripts'
 * own check (lib/sandboxed-document.ts) keeps a sandboxed frame from sending anything.
 */
export type Sender = Runtime.MessageSender & { origin?: string };

/**
 * The host of the sender's frame, if it is an https page whose document has that page's own
 * origin. A sandboxed frame (opaque origin "null", from <iframe sandbox> or CSP sandbox) has the
 * console's address but not its origin: it gets nothing, whatever its address.
 */
function frameHostOf(sender: Sender): string | null {
  const host = httpsHostOf(sender.url);
  if (!host) return null;
  if (sender.origin !== undefined && sender.origin !== new URL(sender.url!).origin) return null;
  return host;
}

function isOurs(sender: Sender): boolean {
  return sender.id === browser.runtime.id;
}

/** The popup and the options page. */
export function isExtensionPage(sender: Sender): boolean {
  return isOurs(sender) && Boolean(sender.url?.startsWith(browser.runtime.getURL('/')));
}

/**
 * A content script in a frame of one of the consoles the journey visits. On Marketo's app hosts
 * only the admin application counts: what other pages there say (a landing page that reads
 * "Sync in Progress") is no fact of the journey.
 */
export function isConsoleFrame(sender: Sender): boolean {
  const host = frameHostOf(sender);
  if (!isOurs(sender) || !host) return false;
  if (isMarketoAppHost(host)) return isMarketoAdminApp(sender);
  return isSalesforceSetupHost(host) || isSalesforceLoginHost(host) || isMarketoRedirectHost(host) || isAdobeShellHost(host);
}

/**
 * Capture is accepted only from the classic Connected Apps pages on a classic Setup host, in a tab
 * that shows Setup of the same org. `sender.url` is the browser's own account of the frame's
 * address (it follows history.pushState too, so the content script also checks that its document
 * was loaded at that address: lib/pages/salesforce/capture-guard.ts).
 */
export function isSalesforceCaptureFrame(sender: Sender): boolean {
  const frameHost = frameHostOf(sender);
  if (!isOurs(sender) || !frameHost || !isSalesforceCaptureUrl(new URL(sender.url!))) return false;
  const topOrg = salesforceOrgOf(httpsHostOf(sender.tab?.url) ?? '');
  return topOrg !== null && salesforceOrgOf(frameHost) === topOrg;
}

/**
 * Marketo's admin application (lib/hosts.ts: its own paths on the app hosts, an allow-list), in a
 * tab that shows that same application or the Adobe Experience Cloud shell around it: the only
 * sender that is handed the key and secret to fill, or may change the pop-up setting. Lookalike hosts fail
 * the exact host shapes; customer pages on the app host itself (landing pages, /rs/ files) fail
 * the path rule, in the frame and in the tab (same origin: they could read a framed admin app).
 */
export function isMarketoAdminFrame(sender: Sender): boolean {
  const topHost = httpsHostOf(sender.tab?.url);
  return isMarketoAdminApp(sender) && (topHost === frameHostOf(sender) || isAdobeShellHost(topHost ?? ''));
}

/**
 * Marketo's admin application, wherever it is framed, except by a page of its own host that is
 * not the admin application: a customer page there has the same origin, and could script the
 * frame's words. Its facts count (another site cannot change what it shows); only
 * isMarketoAdminFrame's tabs are handed the key and secret.
 */
function isMarketoAdminApp(sender: Sender): boolean {
  const frameHost = frameHostOf(sender);
  const topHost = httpsHostOf(sender.tab?.url);
  if (!isOurs(sender) || !frameHost || !topHost || !isMarketoAdminAppUrl(new URL(sender.url!))) return false;
  return topHost !== frameHost || isMarketoAdminAppUrl(new URL(sender.tab!.url!));
}

/** The origin to open Setup or Marketo pages on, learned from a sender's frame. */
export function learnedOrigin(sender: Sender): { side: 'salesforce' | 'marketo'; origin: string } | null {
  const host = frameHostOf(sender);
  if (!host || !isOurs(sender)) return null;
  // Setup's own address is the top frame's; framed classic pages live on another host.
  if (isSalesforceSetupHost(host) && sender.frameId === 0) return { side: 'salesforce', origin: `https://${host}` };
  if (isMarketoAppHost(host)) return { side: 'marketo', origin: `https://${host}` };
  return null;
}
