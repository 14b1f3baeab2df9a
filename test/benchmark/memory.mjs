// Memory a content script adds to a frame: the heap of the frame's renderer process after garbage
// collection, with the extension and without it, on the same page. CDP reports the heap of a whole
// V8 isolate (one per renderer process), so the pages measured here have one frame in the main
// frame's process: App Manager has no frames, and the heavy page's come from another site and run
// in another process.

import { waitForSpotlight } from '../sandbox/guide-card.mjs';
import { APP_MANAGER } from './guide.mjs';

/**
 * Bytes in use in the page's main-frame process: V8's heap, Blink's (the DOM, where the guide's
 * overlay lives) and array buffers.
 * @param {import('puppeteer').Page} page
 */
export async function heapUsed(page) {
  const session = await page.createCDPSession();
  try {
    // Twice: what the first collection's finalizers let go of is freed by the second.
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.collectGarbage');
    const usage = /** @type {{ usedSize: number, embedderHeapUsedSize?: number, backingStorageSize?: number }} */ (
      await session.send('Runtime.getHeapUsage')
    );
    return usage.usedSize + (usage.embedderHeapUsedSize ?? 0) + (usage.backingStorageSize ?? 0);
  } finally {
    await session.detach();
  }
}

/**
 * The heap of App Manager once it is drawn, with the guide's card and spotlight when the extension
 * is there: the most the content script holds on a page of the journey.
 * @param {import('../sandbox/browser.mjs').Bench} bench
 */
export async function appManagerHeap(bench) {
  const page = await bench.newPage();
  try {
    await page.goto(APP_MANAGER, { waitUntil: ['load', 'networkidle0'] });
    await page.waitForSelector('lightning-button >>> button::-p-text(New External Client App)');
    if (bench.extensionId) await waitForSpotlight(page);
    return await heapUsed(page);
  } finally {
    await page.close();
  }
}
