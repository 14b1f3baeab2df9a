import { MARKETO_MATCHES } from '../../lib/hosts';

export default defineContentScript({
  matches: MARKETO_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  main() {},
});
