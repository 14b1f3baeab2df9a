import { runPages } from '../../lib/content/run-pages';
import { createGuideOverlay } from '../../components/guide/overlay';
import { SALESFORCE_CONTENT_MATCHES } from '../../lib/hosts';
import { appManager } from '../../lib/pages/salesforce/app-manager';
import { connectedAppDetail } from '../../lib/pages/salesforce/connected-app-detail';
import { connectedAppForm } from '../../lib/pages/salesforce/connected-app-form';
import { connectedAppSaved } from '../../lib/pages/salesforce/connected-app-saved';
import { consumerDetails } from '../../lib/pages/salesforce/consumer-details';
import { externalClientAppDetail } from '../../lib/pages/salesforce/external-client-app-detail';
import { externalClientAppForm } from '../../lib/pages/salesforce/external-client-app-form';
import { externalClientAppSettings } from '../../lib/pages/salesforce/external-client-app-settings';
import { identityVerification } from '../../lib/pages/salesforce/identity-verification';
import { send } from '../../lib/send';
import { isSandboxedDocument } from '../../lib/sandboxed-document';

// Every Setup frame runs this: Lightning's top frame and the classic pages it frames (the
// Connected App form gets its own guide inside its frame). Where two modules share an address,
// the one listed first that is shown wins (the saved page is a postback to the form's address;
// the consumer details are taken on any connected-apps page that shows them, so they come last).
const MODULES = [
  appManager,
  externalClientAppSettings,
  externalClientAppForm,
  externalClientAppDetail,
  connectedAppSaved,
  connectedAppForm,
  connectedAppDetail,
  identityVerification,
  consumerDetails,
];

export default defineContentScript({
  matches: SALESFORCE_CONTENT_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    if (isSandboxedDocument()) return; // lib/sandboxed-document.ts
    // Marketo's OAuth window also shows classic pages of the org (identity verification on My
    // Domain): it has a guide of its own, and Setup's stands down there. Lightning and framed pages
    // are never that window, and do not wait for the question.
    if (window.top === window && !location.pathname.startsWith('/lightning/')) {
      const answer = await send({ kind: 'oauth-window' }).catch(() => undefined);
      if (answer?.oauthWindow || ctx.isInvalid) return;
    }
    const overlay = createGuideOverlay(ctx);
    runPages(MODULES, ctx.signal, overlay.render);
  },
});
