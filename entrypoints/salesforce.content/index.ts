import { SALESFORCE_MATCHES } from '../../lib/hosts';

export default defineContentScript({
  matches: SALESFORCE_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  main() {},
});
