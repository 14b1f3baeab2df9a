// How soon the guide shows on Marketo's Sync with Salesforce page opened in a new tab: from the
// moment the page draws its Consumer Key field (Marketo's admin application draws its pages well
// after its load event) to the first frame that shows the guide's card, on the page's own clock.
// In Chrome the background injects Marketo's recogniser after the load event (docs/lightness.md),
// so this includes, where the page is drawn soon after the load, the background hearing of the
// load and the injection, and always the recogniser finding the page's words and loading the guide.
// Measured twice: with the extension's service worker running, and stopped first, as Chrome stops
// it after 30 s without events: then the page's request has to start it before anything is
// injected, which is what an admin arriving from elsewhere meets.

import { stopServiceWorker } from '../sandbox/browser.mjs';
import { recordArrivals } from './guide.mjs';
import { summarise } from './report.mjs';

const SYNC_PAGE = 'https://app-ab12.marketo.com/#SF0A1';
/** The page's Consumer Key field (the replica's ExtJS markup). */
const CONSUMER_KEY_FIELD = '.mkt-sfdc-sync input[type=text].x-form-field';
const TIMEOUT_MS = 15_000;

/**
 * Milliseconds from the sync page drawing its Consumer Key field to a frame showing the guide's card.
 * @param {import('../sandbox/browser.mjs').Bench} bench
 * @param {{ workerStopped: boolean }} options
 */
export async function syncPageLatency(bench, { workerStopped }) {
  // Stopped before the tab exists, so that nothing of the test's wakes it on the way.
  if (workerStopped && !(await stopServiceWorker(bench))) throw new Error('The service worker was not running.');
  const page = await bench.newPage();
  try {
    await page.bringToFront(); // animation frames run in the visible tab only
    await page.evaluateOnNewDocument(recordArrivals, CONSUMER_KEY_FIELD);
    await page.goto(SYNC_PAGE);
    await page.waitForFunction(() => /** @type {any} */ (globalThis).benchArrivals?.card > 0, { timeout: TIMEOUT_MS });
    const { control, card } = await page.evaluate(() => /** @type {any} */ (globalThis).benchArrivals);
    if (!Number.isFinite(control)) throw new Error('The sync page showed the card but never its Consumer Key field.');
    return card - control;
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
 * The table's rows for these samples.
 * @param {{ of(id: string): number[] }} samples
 * @param {{ max: number, text: string }} target
 */
export function syncPageRows(samples, target) {
  return [
    "Marketo's Sync with Salesforce opened in a new tab: its Consumer Key field drawn → a frame showing the guide's card (the recogniser is injected after the load event)",
    summarise({ id: 'latency.syncPage', label: "the extension's service worker running", unit: 'ms', target }, samples.of('latency.syncPage')),
    summarise({ id: 'latency.syncPageWorkerStopped', label: 'the service worker stopped (started by the tab)', unit: 'ms', target }, samples.of('latency.syncPageWorkerStopped')),
  ];
}
