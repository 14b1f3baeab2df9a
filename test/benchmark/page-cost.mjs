// What the extension costs a heavy page of each console that is not the journey's own (the content
// script runs there, in the page and in each of its frames, and finds nothing to do): the time to
// the page's load event and until it has settled, and the main-thread CPU of all its frames.

import { waitForSpotlight } from '../sandbox/guide-card.mjs';
import { inEveryFrame } from './frames.mjs';
import { heapUsed } from './memory.mjs';
import { mainThreadCpu, traceDuring } from './trace.mjs';

/**
 * A heavy page: its address, and what shows once its own work is over (the load event and an
 * idle network come before a single-page app has drawn everything).
 * @typedef {{ url: string, done?: string }} HeavyPage
 */

/** @type {HeavyPage} test/sandbox/replicas/benchmark/heavy-setup.html, at a Setup address outside the journey. */
export const HEAVY_SETUP = { url: 'https://acme.lightning.force.com/lightning/setup/BenchHeavyPage/home' };
/** @type {HeavyPage} Marketo's Admin home with a long grid, then hover redraws (replicas/benchmark/heavy-marketo.js). */
export const HEAVY_MARKETO = { url: 'https://app-ab12.marketo.com/?sandbox-variant=heavy#MM0A1', done: '[data-bench-done]' };

/** Opens the page and waits until it is done with its own work. */
async function open(page, heavy) {
  await page.goto(heavy.url, { waitUntil: ['load', 'networkidle0'] });
  if (heavy.done) await page.waitForSelector(heavy.done, { timeout: SETTLE_TIMEOUT_MS });
}

/** The page counts as settled once no frame's DOM has changed for this long (and the network is idle). */
const QUIET_MS = 500;
const SETTLE_TIMEOUT_MS = 30_000;

/** In every frame, before its own scripts: remember when the DOM last changed (epoch ms). */
function recordLastChange() {
  const mark = () => (/** @type {any} */ (globalThis).benchLastChange = performance.timeOrigin + performance.now());
  mark();
  new MutationObserver(mark).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

/** In a frame: its times in epoch ms, comparable across frames. */
function frameTimes() {
  const [navigation] = /** @type {PerformanceNavigationTiming[]} */ (performance.getEntriesByType('navigation'));
  const responses = performance.getEntriesByType('resource').map((entry) => /** @type {PerformanceResourceTiming} */ (entry).responseEnd);
  return {
    start: performance.timeOrigin,
    load: performance.timeOrigin + navigation.loadEventStart,
    lastChange: /** @type {any} */ (globalThis).benchLastChange ?? 0,
    lastResponse: performance.timeOrigin + Math.max(navigation.responseEnd, ...responses),
    now: performance.timeOrigin + performance.now(),
    elements: document.querySelectorAll('*').length,
  };
}

/** Every frame's times, once no frame's DOM has changed for QUIET_MS; the main frame's first. */
async function settledTimes(page) {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  for (;;) {
    const times = await inEveryFrame(page, frameTimes);
    const lastChange = Math.max(...times.map((t) => t.lastChange));
    if (times[0].now - lastChange >= QUIET_MS) return times;
    if (Date.now() > deadline) throw new Error(`The heavy page kept changing for ${SETTLE_TIMEOUT_MS} ms.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Loads a heavy page in a new tab: ms from navigation start to the load event and to settled
 * (the last DOM change or response in any frame), and the main frame's heap.
 * @param {import('../sandbox/browser.mjs').Bench} bench
 * @param {HeavyPage} heavy
 */
export async function loadHeavyPage(bench, heavy) {
  const page = await bench.newPage();
  try {
    await page.evaluateOnNewDocument(recordLastChange);
    await open(page, heavy);
    const [main, ...frames] = await settledTimes(page);
    const settled = Math.max(...[main, ...frames].flatMap((t) => [t.lastChange, t.lastResponse]));
    return {
      loadMs: main.load - main.start,
      settledMs: settled - main.start,
      heapBytes: await heapUsed(page),
      shape: { elements: main.elements, frames: frames.length },
    };
  } finally {
    await page.close();
  }
}

/**
 * Loads a heavy page in a new tab under a trace (apart from loadHeavyPage: tracing slows the page
 * down) until it is done with its own work, and returns the CPU its frames' main threads used, in ms.
 * @param {import('../sandbox/browser.mjs').Bench} bench
 * @param {HeavyPage} heavy
 */
export async function traceHeavyPage(bench, heavy) {
  const page = await bench.newPage();
  try {
    return mainThreadCpu(await traceDuring(page, () => open(page, heavy)));
  } finally {
    await page.close();
  }
}

/**
 * Loads a page of the journey in a new tab under a trace until the guide points at its control,
 * and returns the CPU its frames' main threads used, the extension's part by file among it (the
 * recogniser, then the guide's chunk it loaded).
 * @param {import('../sandbox/browser.mjs').Bench} bench
 * @param {string} url
 */
export async function traceJourneyPage(bench, url) {
  const page = await bench.newPage();
  try {
    await page.bringToFront(); // the guide places its card in animation frames, which run in the visible tab only
    return mainThreadCpu(
      await traceDuring(page, async () => {
        await page.goto(url);
        await waitForSpotlight(page, SETTLE_TIMEOUT_MS);
      }),
    );
  } finally {
    await page.close();
  }
}
