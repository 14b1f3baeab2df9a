// Marketo's "Login with Salesforce" window, wherever Salesforce serves it: the sign-in hosts, the
// org's My Domain, and Marketo's callback page (docs/oauth-window.md). A content script of its own,
// so that the Setup and Marketo Admin scripts stay about their consoles; its guide
// (lib/content/oauth-popup-guide.ts, as a chunk) loads only in that window.
import { OAUTH_WINDOW_MATCHES } from '../../lib/hosts';
import { loadGuide } from '../../lib/content/guide-chunk';
import { send } from '../../lib/send';
import { isSandboxedDocument } from '../../lib/sandboxed-document';

const isMarketoWindow = () =>
  send({ kind: 'oauth-window' }).then(
    (answer) => answer?.oauthWindow === true,
    () => false,
  );

const loaded = () =>
  document.readyState === 'complete' ? Promise.resolve() : new Promise<void>((resolve) => window.addEventListener('load', () => resolve(), { once: true }));

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
    // once the page has loaded: the background may not have judged yet the request that led here.
    const marketos = (await isMarketoWindow()) || (await loaded().then(isMarketoWindow));
    if (!marketos || ctx.isInvalid) return;
    await loadGuide(ctx, '/oauth-popup-guide.js');
  },
});
