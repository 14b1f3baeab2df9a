import { runPages } from '../../lib/content/run-pages';
import type { RenderGuidance } from '../../lib/guide/guidance';
import { createGuideOverlay } from '../../lib/guide/overlay';
import { MARKETO_MATCHES, isMarketoAppHost } from '../../lib/hosts';
import { syncWithSalesforce } from '../../lib/pages/marketo/sync-with-salesforce';
import { watchSyncPage } from '../../lib/pages/marketo/sync-watch';
import { send } from '../../lib/send';

export default defineContentScript({
  matches: MARKETO_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    // The Adobe shell and the OAuth redirect page only frame or hand over: the admin application
    // is on the app hosts, top-level or in the shell's frame.
    if (!isMarketoAppHost(location.hostname)) return;
    const overlay = createGuideOverlay(ctx);
    // Whether run-pages is showing Sync with Salesforce's guidance now (it clears it on leaving).
    let guiding = false;
    const render: RenderGuidance = (guidance) => {
      guiding = guidance !== null;
      overlay.render(guidance);
    };
    runPages([syncWithSalesforce], ctx.signal, render);

    // Marketo changes the page in place (dialogs, its blocked message); say the new words then,
    // and take the card away when the page itself goes.
    const refresh = async () => {
      if (!guiding) return;
      if (!syncWithSalesforce.isShown(document)) {
        render(null);
        return;
      }
      const context = await send({ kind: 'guide-context' });
      if (context && guiding && !ctx.signal.aborted) render(syncWithSalesforce.guide?.(document, context) ?? null);
    };
    watchSyncPage(
      document,
      ctx.signal,
      (observation) => {
        // A failed report (extension reloaded, page left) must stay out of the page's console.
        send({ kind: 'observe', observation }).catch(() => undefined);
      },
      () => void refresh().catch(() => undefined),
    );
  },
});
