import { runPages } from '../../lib/content/run-pages';
import { createGuideOverlay } from '../../components/guide/overlay';
import { MARKETO_MATCHES } from '../../lib/hosts';
import { isMarketoAdminDocument } from '../../lib/pages/marketo/frame-trust';
import { syncWithSalesforce } from '../../lib/pages/marketo/sync-with-salesforce';
import { isSandboxedDocument } from '../../lib/sandboxed-document';

export default defineContentScript({
  matches: MARKETO_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    if (isSandboxedDocument()) return; // lib/sandboxed-document.ts
    // The Adobe shell and the OAuth redirect page only frame or hand over, and the app hosts also
    // serve customers' pages: the guide runs in the admin application only, loaded as one.
    if (!isMarketoAdminDocument(document)) return;
    const overlay = createGuideOverlay(ctx);
    // Sync with Salesforce is watched while it is shown (dialogs, its blocked message, the running
    // status come without a navigation); every other Admin page costs one bounded wait.
    runPages([syncWithSalesforce], ctx.signal, overlay.render);
  },
});
