// How soon the guide shows on Marketo's Sync with Salesforce page opened in a new tab: from the
// page's load event to the first frame that shows the guide's card, on the page's own clock.
// In Chrome the background injects Marketo's recogniser after the load event (docs/lightness.md),
// so this includes the background hearing of the load, the injection, the recogniser finding the
// page's words and loading the guide. Measured twice: with the extension's service worker running,
// and stopped first, as Chrome stops it after 30 s without events: then the tab's update has to
// start it before anything is injected, which is what an admin arriving from elsewhere meets.

import { stopServiceWorker } from '../sandbox/browser.mjs';
import { summarise } from './report.mjs';

const SYNC_PAGE = 'https://app-ab12.marketo.com/#SF0A1';
const TIMEOUT_MS = 15_000;

/**
 * In the page, before its own scripts: when a frame first showed the guide's card (the overlay's
 * host is attached with the card's first guidance), in performance.now() ms.
 */
function recordCard() {
  const times = { card: NaN };
  /** @type {any} */ (globalThis).benchSync = times;
  const observer = new MutationObserver(() => {
    if (!Number.isNaN(times.card) || !document.querySelector('oauth-guide-overlay')) return;
    times.card = -1; // seen; the time is the frame that shows it
    observer.disconnect();
    requestAnimationFrame(() => (times.card = performance.now()));
  });
  observer.observe(document, { subtree: true, childList: true });
}

/**
 * Milliseconds from the sync page's load event to a frame showing the guide's card.
 * @param {import('../sandbox/browser.mjs').Bench} bench
 * @param {{ workerStopped: boolean }} options
 */
export async function syncPageLatency(bench, { workerStopped }) {
  // Stopped before the tab exists, so that nothing of the test's wakes it on the way.
  if (workerStopped && !(await stopServiceWorker(bench))) throw new Error('The service worker was not running.');
  const page = await bench.newPage();
  try {
    await page.bringToFront(); // animation frames run in the visible tab only
    await page.evaluateOnNewDocument(recordCard);
    await page.goto(SYNC_PAGE);
    await page.waitForFunction(() => /** @type {any} */ (globalThis).benchSync?.card > 0, { timeout: TIMEOUT_MS });
    return await page.evaluate(() => {
      const [navigation] = /** @type {PerformanceNavigationTiming[]} */ (performance.getEntriesByType('navigation'));
      return /** @type {any} */ (globalThis).benchSync.card - navigation.loadEventStart;
    });
  } finally {
    await page.close();
  }
}

/**
 * Both measures, added as latency.syncPage and latency.syncPageWorkerStopped.
 * @param {import('../sandbox/browser.mjs').Bench} bench
 * @param {{ add(id: string, value: number): void }} samples
 * @param {<T>(what: string, measure: () => Promise<T>) => Promise<T>} step
 */
export async function measureSyncPage(bench, samples, step) {
  samples.add('latency.syncPage', await step('guide latency on Sync with Salesforce (worker running)', () => syncPageLatency(bench, { workerStopped: false })));
  samples.add('latency.syncPageWorkerStopped', await step('guide latency on Sync with Salesforce (worker stopped)', () => syncPageLatency(bench, { workerStopped: true })));
}

/**
 * The table's rows for these samples. No target: the load event comes before Marketo's admin
 * application has drawn the page, so what counts is that the card arrives as the page does.
 * @param {{ of(id: string): number[] }} samples
 */
export function syncPageRows(samples) {
  return [
    "Marketo's Sync with Salesforce opened in a new tab: its load event → a frame showing the guide's card (the recogniser is injected after the load)",
    summarise({ id: 'latency.syncPage', label: "the extension's service worker running", unit: 'ms' }, samples.of('latency.syncPage')),
    summarise({ id: 'latency.syncPageWorkerStopped', label: 'the service worker stopped (started by the tab)', unit: 'ms' }, samples.of('latency.syncPageWorkerStopped')),
  ];
}
