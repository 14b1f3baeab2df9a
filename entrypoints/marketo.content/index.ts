import { runPages } from '../../lib/content/run-pages';
import { MARKETO_MATCHES } from '../../lib/hosts';
import { syncWithSalesforce } from '../../lib/pages/marketo/sync-with-salesforce';

export default defineContentScript({
  matches: MARKETO_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    runPages([syncWithSalesforce], ctx.signal);
  },
});
