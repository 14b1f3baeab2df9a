// What the extension costs a heavy Setup page that is not part of the journey (the content script
// runs there, in the page and in each of its frames, and finds nothing to do): the time to the
// page's load event and until it has settled, and the main-thread CPU of all its frames.

import { inEveryFrame } from './frames.mjs';
import { heapUsed } from './memory.mjs';
import { mainThreadCpu, traceDuring } from './trace.mjs';

/** test/sandbox/replicas/benchmark/heavy-setup.html, at a Setup address outside the journey. */
export const HEAVY_PAGE = 'https://acme.lightning.force.com/lightning/setup/BenchHeavyPage/home';

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
 * Loads the heavy page in a new tab: ms from navigation start to the load event and to settled
 * (the last DOM change or response in any frame), and the main frame's heap.
 * @param {import('../sandbox/browser.mjs').Bench} bench
 */
export async function loadHeavyPage(bench) {
  const page = await bench.newPage();
  try {
    await page.evaluateOnNewDocument(recordLastChange);
    await page.goto(HEAVY_PAGE, { waitUntil: ['load', 'networkidle0'] });
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
 * Loads the heavy page in a new tab under a trace (apart from loadHeavyPage: tracing slows the
 * page down) and returns the CPU its frames' main threads used, in ms.
 * @param {import('../sandbox/browser.mjs').Bench} bench
 */
export async function traceHeavyPage(bench) {
  const page = await bench.newPage();
  try {
    return mainThreadCpu(await traceDuring(page, () => page.goto(HEAVY_PAGE, { waitUntil: ['load', 'networkidle0'] })));
  } finally {
    await page.close();
  }
}
