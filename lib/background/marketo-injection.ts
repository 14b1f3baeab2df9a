// Marketo's recogniser (entrypoints/marketo.content), injected by the background after a Marketo
// page has loaded instead of declared in the manifest (Chrome; Firefox keeps the manifest: see the
// entrypoint). Chrome runs a manifest content script before the load event, and creating its
// isolated world alone moves the load event of Marketo's admin application by about a third
// (docs/lightness.md, "Why Marketo's load event moves").
//
// Two moments, neither needing "tabs" or "webNavigation" (which would add install warnings):
// - a tab whose top frame shows the admin application reports its load as complete
//   (tabs.onUpdated; the tab's address is readable because Marketo's hosts are host-permitted).
//   Chrome has no address filter for tab updates, and a listener kept from the worker's start
//   would start the worker at every tab update in the browser, in the middle of every page's load
//   (measured: the heavy Setup page's load 1.23× instead of 1.03× with the worker stopped before
//   it; docs/lightness.md). So tab updates are listened to only once the worker is running for a
//   request to Marketo's hosts from a tab's top frame (webRequest, filtered to those hosts, which
//   starts a stopped worker for them alone): the document itself, or, for a document a page's
//   service worker serves (which Chrome's webRequest does not report; whether Marketo's admin
//   application has one is not known), the requests the application makes for its data. The tab
//   is looked at once at that moment too, in case its load is already complete;
// - a frame's document from the admin application's address has been received, in any tab
//   (webRequest.onCompleted, non-blocking, sub_frame on Marketo's hosts only): the Adobe Experience
//   Cloud shell draws Marketo's frame after its own load (which tabs.onUpdated does not report),
//   and a page of another site may frame it, whose tab's address Chrome does not give the
//   extension (docs/lightness.md says what Chrome was seen to do).
// The background decides only where to try: the recogniser itself still checks that its document
// is Marketo's admin application, loaded as one and not sandboxed, and the hub still decides what
// a sender may do from the browser's account of it (lib/background/senders.ts).
import { httpsUrlOf, isMarketoAdminAppUrl } from '../hosts';

/** The recogniser as built (entrypoints/marketo.content, registration "runtime" in Chrome). */
export const RECOGNISER_FILE = '/content-scripts/marketo.js';

/** The frames whose arrival the background hears of: documents on Marketo's hosts. */
const MARKETO_FRAME_REQUESTS = { urls: ['https://*.marketo.com/*'], types: ['sub_frame' as const] };
/** A tab's requests to Marketo's hosts after which its updates are listened to: its document, and its data. */
const MARKETO_TAB_REQUESTS = { urls: ['https://*.marketo.com/*'], types: ['main_frame' as const, 'xmlhttprequest' as const] };

/**
 * A frame's document is reported before it is committed: the first tries meet the frame's
 * previous document (or none), so the injection tries again until it has claimed the new one. The
 * waits between tries: the last try comes about 6 s after the report. The last try used to come
 * 1.55 s after it, and on a busy machine the clean-clone e2e's framed German page now and then got
 * no guide at all: a new document committing later than that is the likeliest reading (not proven).
 */
const FRAME_RETRY_MS = [50, 100, 200, 400, 800, 1600, 3200];

/**
 * One frame of one tab, the origin its document must have and, for a frame whose document is
 * still arriving, the address it was loaded from (its previous document may be of the same origin).
 */
interface InjectionTarget {
  tabId: number;
  frameId: number;
  origin: string;
  loadedFrom: string | null;
}

/** A tab update that asks for the recogniser: a top frame on the admin application, loaded. */
function topFrameToInject(tabId: number, change: { status?: string }, tab: { url?: string }): InjectionTarget | null {
  if (change.status !== 'complete') return null;
  const url = adminAppUrl(tab.url);
  return url ? { tabId, frameId: 0, origin: url.origin, loadedFrom: null } : null;
}

/**
 * A frame request that asks for the recogniser: a frame's document loaded from the admin
 * application's address (the request's final address, after redirects: where the document was
 * loaded, as the recogniser's own check has it).
 */
function frameToInject(request: MarketoRequest): InjectionTarget | null {
  if (request.type !== 'sub_frame' || request.tabId < 0 || request.frameId <= 0) return null;
  const url = adminAppUrl(request.url);
  return url ? { tabId: request.tabId, frameId: request.frameId, origin: url.origin, loadedFrom: url.href } : null;
}

function adminAppUrl(address: string | undefined): URL | null {
  const url = httpsUrlOf(address);
  return url && isMarketoAdminAppUrl(url) ? url : null;
}

/** What claimDocument found in the frame. */
type Claim = 'claimed' | 'already' | 'elsewhere';

/**
 * Runs in the frame, in the extension's isolated world (the recogniser's): whether the recogniser
 * is still to run in this document, marking that it now has. The mark lives in the isolated
 * world's global, which the page cannot see or set, and goes with the document. `origin` and
 * `loadedFrom` (where the document was loaded, without the hash; null: any address): the document
 * the injection was meant for ("elsewhere" when the frame shows another one).
 *
 * Injected as a function (serialised), so it uses nothing from outside its body.
 */
function claimDocument(origin: string, loadedFrom: string | null): Claim {
  if (location.origin !== origin) return 'elsewhere';
  if (loadedFrom !== null) {
    const [entry] = performance.getEntriesByType('navigation');
    if (!entry || entry.name.split('#')[0] !== loadedFrom.split('#')[0]) return 'elsewhere';
  }
  const global = globalThis as { marketoRecogniserClaimed?: true };
  if (global.marketoRecogniserClaimed) return 'already';
  global.marketoRecogniserClaimed = true;
  return 'claimed';
}

/** The part of browser.scripting this module uses. */
export interface Scripting {
  executeScript(injection: {
    target: { tabId: number; frameIds: number[] };
    func?: (origin: string, loadedFrom: string | null) => Claim;
    args?: [string, string | null];
    files?: string[];
  }): Promise<Array<{ frameId: number; result?: unknown }>>;
}

/**
 * Runs the recogniser once in the target's document. Asked twice for one document (a hash change
 * is reported as complete again; a frame's request may be retried), it runs once: the claim comes
 * first, and the recogniser's file only where it was claimed. A content script's context ends an
 * older run of the same script when a newer one starts (lib/content/script-context.ts), so the file
 * must not run twice.
 *
 * Returns what the claim found, or "failed" (a tab or frame that went away, or whose document the
 * extension may not script, such as the about:blank a page of another site starts a frame with).
 * Never throws.
 */
async function injectOnce(scripting: Scripting, target: InjectionTarget): Promise<Claim | 'failed'> {
  const frame = { tabId: target.tabId, frameIds: [target.frameId] };
  try {
    const [claim] = await scripting.executeScript({ target: frame, func: claimDocument, args: [target.origin, target.loadedFrom] });
    if (claim?.result === 'claimed') await scripting.executeScript({ target: frame, files: [RECOGNISER_FILE] });
    return (claim?.result as Claim | undefined) ?? 'failed';
  } catch {
    return 'failed';
  }
}

/**
 * The recogniser in a frame whose document is arriving: tried until the new document is claimed
 * (FRAME_RETRY_MS). "already" does not end it: the frame may still show its previous document
 * from the same address (a frame reloaded), claimed before.
 */
async function injectRecogniserInFrame(scripting: Scripting, target: InjectionTarget, wait = delay): Promise<void> {
  if ((await injectOnce(scripting, target)) === 'claimed') return;
  for (const ms of FRAME_RETRY_MS) {
    await wait(ms);
    if ((await injectOnce(scripting, target)) === 'claimed') return;
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A tab update: the recogniser for its top frame if that shows the admin application, loaded. */
export async function onTabUpdated(scripting: Scripting, tabId: number, change: { status?: string }, tab: { url?: string }): Promise<void> {
  const target = topFrameToInject(tabId, change, tab);
  if (target) await injectOnce(scripting, target);
}

/** A request to Marketo's hosts as webRequest reports it (the fields used here). */
export interface MarketoRequest {
  tabId: number;
  frameId: number;
  type: string;
  url: string;
}

/** A frame's document received: the recogniser for it if it is the admin application's. */
export async function onFrameReceived(scripting: Scripting, request: MarketoRequest, wait = delay): Promise<void> {
  const target = frameToInject(request);
  if (target) await injectRecogniserInFrame(scripting, target, wait);
}

/** The part of browser.tabs this module uses. */
export interface Tabs {
  get(tabId: number): Promise<{ status?: string; url?: string }>;
  onUpdated: { addListener(listener: (tabId: number, change: { status?: string }, tab: { url?: string }) => void): void };
}

/**
 * Listens to tab updates from the first request of a tab's top frame to Marketo's hosts on, for as
 * long as the worker runs, and looks at that tab at once (its load may be complete already): at
 * its document's request, and at the first of its data requests (a page that keeps asking for data
 * costs one look, not one per request).
 */
export function tabUpdatesOnMarketoRequests(scripting: Scripting, tabs: Tabs): (request: MarketoRequest) => Promise<void> {
  let listening = false;
  const looked = new Set<number>();
  return async (request) => {
    if (request.tabId < 0 || request.frameId !== 0) return;
    if (request.type !== 'main_frame' && looked.has(request.tabId)) return;
    looked.add(request.tabId);
    if (!listening) {
      listening = true;
      tabs.onUpdated.addListener((tabId, change, tab) => void onTabUpdated(scripting, tabId, change, tab));
    }
    try {
      const tab = await tabs.get(request.tabId);
      await onTabUpdated(scripting, request.tabId, { status: tab.status }, tab);
    } catch {
      // The tab has gone.
    }
  };
}

/** The part of browser.webRequest this module uses. */
export interface WebRequest {
  onCompleted: {
    addListener(listener: (request: MarketoRequest) => void, filter: { urls: string[]; types: Array<'main_frame' | 'sub_frame' | 'xmlhttprequest'> }): void;
  };
}

/**
 * Registers the listeners; called at once when the background starts, so that a Marketo request
 * wakes it. Only requests to Marketo's hosts: nothing that starts the worker for other pages.
 */
export function injectMarketoRecogniser(
  scripting = browser.scripting as unknown as Scripting,
  tabs = browser.tabs as unknown as Tabs,
  webRequest = browser.webRequest as unknown as WebRequest,
): void {
  const onMarketoRequest = tabUpdatesOnMarketoRequests(scripting, tabs);
  webRequest.onCompleted.addListener((request) => void onMarketoRequest(request), MARKETO_TAB_REQUESTS);
  webRequest.onCompleted.addListener((request) => void onFrameReceived(scripting, request), MARKETO_FRAME_REQUESTS);
}
