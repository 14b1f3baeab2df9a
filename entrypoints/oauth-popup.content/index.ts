// Marketo's "Login with Salesforce" window, wherever Salesforce serves it: the sign-in hosts, the
// org's My Domain, and Marketo's callback page (docs/oauth-window.md). A content script of its own,
// so that the Setup and Marketo Admin scripts stay about their consoles; its guide
// (lib/content/oauth-popup-guide.ts, as a chunk) loads only in that window.
import { OAUTH_WINDOW_MATCHES } from '../../lib/hosts';
import { loadGuide } from '../../lib/content/guide-chunk';
import type { PageContext } from '../../lib/content/script-context';
import { send } from '../../lib/send';
import { isSandboxedDocument } from '../../lib/sandboxed-document';

const isMarketoWindow = () =>
  send({ kind: 'oauth-window' }).then(
    (answer) => answer?.oauthWindow === true,
    () => false,
  );

const loaded = () =>
  document.readyState === 'complete' ? Promise.resolve() : new Promise<void>((resolve) => window.addEventListener('load', () => resolve(), { once: true }));

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * After the page's load event, how much later the question is asked again: the background hears of
 * the request that led here as an event of its own, which a busy browser may hand it after this
 * page's first questions (the Firefox e2e once saw no card at all in the window, on a loaded machine).
 */
const ASK_AFTER_LOAD_MS = [0, 500, 2000];

/** Whether the background knows this tab as Marketo's window, as the page starts or soon after its load. */
async function isMarketoWindowSoon(ctx: PageContext): Promise<boolean> {
  if (await isMarketoWindow()) return true;
  await loaded();
  for (const ms of ASK_AFTER_LOAD_MS) {
    await delay(ms);
    if (ctx.isInvalid) return false;
    if (await isMarketoWindow()) return true;
  }
  return false;
}

export default defineContentScript({
  matches: OAUTH_WINDOW_MATCHES,
  // The question needs no page: asked as the document starts, the background's answer and the
  // chunk arrive while the page is still loading (a sign-in page's load event waits for its
  // images and scripts), and the guide starts once the document is parsed (loadGuide).
  runAt: 'document_start',
  async main(ctx) {
    if (isSandboxedDocument()) return; // lib/sandboxed-document.ts
    // Only Marketo's window, as the background knows it: an admin's own sign-in to Salesforce, or
    // another app's OAuth, is none of the journey's business. A "no" this early is asked again
    // after the page has loaded: the background may not have judged yet the request that led here.
    if (!(await isMarketoWindowSoon(ctx)) || ctx.isInvalid) return;
    await loadGuide(ctx, '/oauth-popup-guide.js');
  },
});
