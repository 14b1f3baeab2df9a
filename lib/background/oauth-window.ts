// Marketo's OAuth window, known by the background per tab (docs/oauth-window.md).
//
// The window is the tab whose authorisation request carries Marketo's callback as redirect_uri
// and which a Marketo page opened. Once known, every later page in that tab belongs to the OAuth
// flow, whatever Salesforce host serves it (login hosts, welcome.salesforce.com, the org's My
// Domain): the OAuth guide runs there and the Setup guide stands down. The fact lives in
// storage.session, so it survives a stopped service worker and goes with the browser session.
//
// How it is seen: a non-blocking webRequest listener on main-frame authorisation requests (no
// install warning beyond the host permissions the extension already has), and the opener tab's
// address from tabs.get (readable because Marketo's hosts are host-permitted; no "tabs"
// permission). webNavigation.onCreatedNavigationTarget would name the opener too, but Chrome
// warns about "browsing history" for it.
import { isAdobeShellHost, isMarketoAdminAppUrl, OAUTH_AUTHORIZE_URLS } from '../hosts';
import { MARKETO_CALLBACK_URL } from '../journey/recipe';

const STORAGE_KEY = 'oauthWindows';

/** What the background needs of a tab: who opened it, and the address it shows. */
export interface TabFacts {
  openerTabId?: number;
  url?: string;
}
export type GetTab = (tabId: number) => Promise<TabFacts | undefined>;

/** An authorisation request whose redirect_uri is Marketo's callback address. */
export function isMarketoAuthorizeRequest(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === 'https:' &&
      parsed.pathname === '/services/oauth2/authorize' &&
      parsed.searchParams.get('redirect_uri') === MARKETO_CALLBACK_URL
    );
  } catch {
    return false;
  }
}

/** A tab showing Marketo's admin application, or the Adobe shell around it (never a landing page). */
function isMarketoPage(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') return false;
    if (isAdobeShellHost(parsed.hostname)) return true;
    return isMarketoAdminAppUrl(parsed);
  } catch {
    return false;
  }
}

async function windows(): Promise<Record<string, true>> {
  const stored = (await browser.storage.session.get(STORAGE_KEY))[STORAGE_KEY];
  if (typeof stored !== 'object' || stored === null) return {};
  // Only what this module writes: tab ids mapped to true.
  return Object.fromEntries(Object.entries(stored).filter(([id, value]) => /^\d+$/.test(id) && value === true)) as Record<string, true>;
}

// Judgements run one after another, and a question waits for those under way: the window's first
// page may ask before the judgement of the request that led to it is written.
let queue: Promise<void> = Promise.resolve();
function serially(task: () => Promise<void>): Promise<void> {
  queue = queue.catch(() => undefined).then(task);
  return queue;
}

async function update(change: (current: Record<string, true>) => Record<string, true>): Promise<void> {
  const current = await windows();
  const next = change(current);
  // A window judged again (each page of the flow that starts an authorisation request) changes
  // nothing: no write, and the question that waits for this judgement is answered sooner.
  const same = Object.keys(next).length === Object.keys(current).length && Object.keys(next).every((id) => current[id] === true);
  if (!same) await browser.storage.session.set({ [STORAGE_KEY]: next });
}

export async function isOAuthWindow(tabId: number | undefined): Promise<boolean> {
  if (tabId === undefined || tabId < 0) return false;
  await queue.catch(() => undefined);
  return (await windows())[String(tabId)] === true;
}

/**
 * Judges one main-frame authorisation request in a tab. Marketo's request in a tab a Marketo page
 * opened marks the tab; any other authorisation request there (another app's sign-in) unmarks it.
 * The opener is the tab's openerTabId (Chrome); Firefox leaves that unset for a window.open window
 * and names the document that started the request instead (`originUrl`, the browser's own account).
 */
export function judgeAuthorizeRequest(tabId: number, url: string, getTab: GetTab, originUrl?: string): Promise<void> {
  if (tabId < 0) return Promise.resolve();
  return serially(async () => {
    const tab = await getTab(tabId);
    const opener = tab?.openerTabId == null ? undefined : await getTab(tab.openerTabId);
    const marketos = isMarketoAuthorizeRequest(url) && isMarketoPage(opener?.url ?? originUrl);
    await update(({ [String(tabId)]: _was, ...rest }) => (marketos ? { ...rest, [String(tabId)]: true } : rest));
  });
}

export function forgetTab(tabId: number): Promise<void> {
  return serially(() => update(({ [String(tabId)]: _was, ...rest }) => rest));
}

/** Registers the listeners; called once when the background starts (also after a stop). */
export function watchOAuthWindows(): void {
  const getTab: GetTab = (tabId) => browser.tabs.get(tabId).catch(() => undefined);
  browser.webRequest.onBeforeRequest.addListener(
    (details) => {
      // Firefox's own field; the polyfill's Chrome-shaped type does not know it.
      const { originUrl } = details as typeof details & { originUrl?: string };
      void judgeAuthorizeRequest(details.tabId, details.url, getTab, originUrl).catch(() => undefined);
      return undefined;
    },
    { urls: OAUTH_AUTHORIZE_URLS, types: ['main_frame'] },
  );
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId).catch(() => undefined));
}
