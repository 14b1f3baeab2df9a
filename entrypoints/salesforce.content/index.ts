import { runPages } from '../../lib/content/run-pages';
import { SALESFORCE_MATCHES } from '../../lib/hosts';
import { appManager } from '../../lib/pages/salesforce/app-manager';

export default defineContentScript({
  matches: SALESFORCE_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    runPages([appManager], ctx.signal);
  },
});
