// Who may ask the background for what. Content scripts only run on the consoles' hosts, but the
// background checks again from the browser's own account of the sender, never from the message.
import type { Runtime } from 'webextension-polyfill';
import {
  isAdobeShellHost,
  isMarketoAppHost,
  isMarketoLandingPagePath,
  isMarketoRedirectHost,
  isSalesforceLoginHost,
  isSalesforceSetupHost,
  salesforceOrgOf,
} from '../hosts';

/** `origin` is Chrome's account of the sending document's origin; Firefox does not report it. */
export type Sender = Runtime.MessageSender & { origin?: string };

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

/**
 * The host of the sender's frame, if it is an https page whose document has that page's own
 * origin. A sandboxed frame (opaque origin "null", from <iframe sandbox> or CSP sandbox) has the
 * console's address but not its origin: it gets nothing, whatever its address.
 */
function frameHostOf(sender: Sender): string | null {
  const host = hostOf(sender.url);
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

/** A content script in a frame of one of the consoles the journey visits. */
export function isConsoleFrame(sender: Sender): boolean {
  const host = frameHostOf(sender);
  if (!isOurs(sender) || !host) return false;
  return (
    isSalesforceSetupHost(host) ||
    isSalesforceLoginHost(host) ||
    isMarketoAppHost(host) ||
    isMarketoRedirectHost(host) ||
    isAdobeShellHost(host)
  );
}

/** Capture is accepted only from a Salesforce Setup frame inside Setup of the same org. */
export function isSalesforceSetupFrame(sender: Sender): boolean {
  const frameOrg = salesforceOrgOf(frameHostOf(sender) ?? '');
  const topOrg = salesforceOrgOf(hostOf(sender.tab?.url) ?? '');
  return isOurs(sender) && frameOrg !== null && frameOrg === topOrg;
}

/**
 * Filling the key and secret is answered only for a frame of Marketo's admin application whose
 * tab shows that same application or the Adobe Experience Cloud shell around it. Landing pages on
 * Marketo's domains and lookalike hosts fail the exact host shapes; a landing page on the app
 * host itself fails the path rule, in the frame and in the tab (same origin: it could read a
 * framed admin application).
 */
export function isMarketoAdminFrame(sender: Sender): boolean {
  const frameHost = frameHostOf(sender);
  const topHost = hostOf(sender.tab?.url);
  if (!isOurs(sender) || !frameHost || !topHost || !isMarketoAppHost(frameHost)) return false;
  if (isMarketoLandingPagePath(new URL(sender.url!).pathname) || isMarketoLandingPagePath(new URL(sender.tab!.url!).pathname)) return false;
  return topHost === frameHost || isAdobeShellHost(topHost);
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
