import { runPages } from '../../lib/content/run-pages';
import { createGuideOverlay } from '../../lib/guide/overlay';
import { MARKETO_MATCHES } from '../../lib/hosts';
import { isMarketoAdminDocument } from '../../lib/pages/marketo/frame-trust';
import { syncWithSalesforce } from '../../lib/pages/marketo/sync-with-salesforce';
import { watchSyncPage } from '../../lib/pages/marketo/sync-watch';
import { send } from '../../lib/send';

export default defineContentScript({
  matches: MARKETO_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    // The Adobe shell and the OAuth redirect page only frame or hand over, and the app hosts also
    // serve customers' pages: the guide runs in the admin application only, loaded as one.
    if (!isMarketoAdminDocument(document)) return;
    const overlay = createGuideOverlay(ctx);
    const pages = runPages([syncWithSalesforce], ctx.signal, overlay.render);
    // Marketo changes the page in place (dialogs, its blocked message, the next Admin page drawn
    // a moment after the hash changed): the guide says the new words, or goes with the page.
    watchSyncPage(
      document,
      ctx.signal,
      (observation) => {
        // A failed report (extension reloaded, page left) must stay out of the page's console.
        send({ kind: 'observe', observation }).catch(() => undefined);
      },
      pages.guideAgain,
    );
  },
});
