// Setup's recogniser: every Lightning top frame and the journey's classic pages run this, and it
// loads a guide (lib/content/salesforce-guide.ts: Lightning's or the classic pages', as a chunk)
// only at an address of the journey.
import { SALESFORCE_CONTENT_MATCHES } from '../../lib/hosts';
import { isSalesforceJourneyUrl } from '../../lib/content/journey-addresses';
import { recognise } from '../../lib/content/recogniser';
import { send } from '../../lib/send';
import { isSandboxedDocument } from '../../lib/sandboxed-document';

export default defineContentScript({
  matches: SALESFORCE_CONTENT_MATCHES,
  allFrames: true,
  // Not document_idle: Chrome runs idle scripts while the page is still drawing (200 ms after
  // DOMContentLoaded, or right before the load event), where creating our isolated world lands on
  // the page's critical path; at document_end it lands beside the page's wait for its frames and
  // subresources (docs/lightness.md, "When the Setup recogniser starts"). Nothing here needs more
  // than the parsed document: Lightning draws later anyway, and the guide waits for its controls.
  runAt: 'document_end',
  async main(ctx) {
    if (isSandboxedDocument()) return; // lib/sandboxed-document.ts
    // Marketo's OAuth window also shows classic pages of the org (identity verification on My
    // Domain): it has a guide of its own, and Setup's stands down there. Lightning and framed pages
    // are never that window, and do not wait for the question.
    if (window.top === window && !location.pathname.startsWith('/lightning/')) {
      const answer = await send({ kind: 'oauth-window' }).catch(() => undefined);
      if (answer?.oauthWindow || ctx.isInvalid) return;
    }
    const chunk = location.pathname.startsWith('/lightning/') ? '/salesforce-guide.js' : '/salesforce-classic-guide.js';
    recognise(ctx, chunk, () => isSalesforceJourneyUrl(new URL(location.href)));
  },
});
