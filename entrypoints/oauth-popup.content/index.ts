// Marketo's "Login with Salesforce" popup: Salesforce's login host pages and Marketo's redirect
// page. A content script of its own, so that the Setup and Marketo Admin scripts stay about their
// consoles; the login hosts are also in the Salesforce matches, whose modules ignore these pages.
import { runPages } from '../../lib/content/run-pages';
import { createGuideOverlay } from '../../lib/guide/overlay';
import { OAUTH_POPUP_PAGES } from '../../lib/pages/oauth/popup-pages';

export default defineContentScript({
  matches: ['https://login.salesforce.com/*', 'https://test.salesforce.com/*', 'https://app.marketo.com/salesforce/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Only Marketo's window, which it opened and which hands the result back to it: an admin's own
    // sign-in to Salesforce, or another app's OAuth, is none of the journey's business.
    if (!window.opener) return;
    const overlay = createGuideOverlay(ctx);
    runPages(OAUTH_POPUP_PAGES, ctx.signal, overlay.render);
  },
});
