// Marketo Admin's recogniser: the guide (lib/content/marketo-guide.ts, as a chunk) starts only once
// the admin application shows Sync with Salesforce's words (fetched earlier where the address
// suggests that page).
import { MARKETO_MATCHES } from '../../lib/hosts';
import { pageMentions } from '../../lib/content/page-words';
import { preloadGuide } from '../../lib/content/guide-chunk';
import { recognise } from '../../lib/content/recogniser';
import { isMarketoAdminDocument } from '../../lib/pages/marketo/frame-trust';
import { isSandboxedDocument } from '../../lib/sandboxed-document';
import { LABELS } from '../../lib/pages/marketo/sync-page';

/**
 * What Sync with Salesforce shows and other Admin pages do not: the Consumer Key label (OAuth) or
 * the Security Token label (basic authentication), in Marketo's languages, without the colon.
 * Marketo's hash for the page is not documented, so the page is known by these words.
 */
export const MARKETO_SYNC_WORDS: readonly string[] = [
  ...new Set([...LABELS.consumerKey, ...LABELS.securityToken].map((label) => label.replace(/:$/, ''))),
];

const GUIDE = '/marketo-guide.js';

/** How long after each navigation the page is watched for the words (Admin pages draw within it). */
const WORDS_WAIT_MS = 20_000;

/**
 * Sync with Salesforce's hash in older builds of Marketo (not confirmed today): there the guide is
 * fetched while the page is drawn and the page is looked at after each change, so the card comes
 * with the page; the words still decide (docs/lightness.md, "Marketo").
 */
const likelySyncPage = () => location.hash.startsWith('#SF');

function isSyncPage(signal: AbortSignal): Promise<boolean> {
  const likely = likelySyncPage();
  if (likely) preloadGuide(GUIDE);
  return pageMentions(MARKETO_SYNC_WORDS, WORDS_WAIT_MS, signal, { likely });
}

export default defineContentScript({
  matches: MARKETO_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  // Chrome: not in the manifest (matches, allFrames and runAt above then apply to Firefox only).
  // Chrome runs a manifest content script before the page's load event, which moves Marketo's by
  // about a third (docs/lightness.md, "Why Marketo's load event moves"); the background injects
  // this script after the load instead, once per document (lib/background/marketo-injection.ts).
  // Firefox keeps the manifest, the one place that says so: MDN describes its document_idle as
  // the document and all its resources loaded, its load event is not measured here (the benchmark
  // runs in Chromium), and its e2e covers the journey with the script declared.
  registration: { chrome: 'runtime', firefox: 'manifest' },
  main(ctx) {
    if (isSandboxedDocument()) return; // lib/sandboxed-document.ts
    // The Adobe shell and the OAuth redirect page only frame or hand over, and the app hosts also
    // serve customers' pages: the guide runs in the admin application only, loaded as one.
    if (!isMarketoAdminDocument(document)) return;
    recognise(ctx, GUIDE, isSyncPage);
  },
});
