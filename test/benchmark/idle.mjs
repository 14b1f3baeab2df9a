// What a content script keeps running once it has looked at a page: the page's DOM changes for
// MUTATE_MS in every frame (Lightning changes its DOM all the time), under a trace, and every
// call from the browser into content-script code in those frames is counted.

import { inEveryFrame } from './frames.mjs';
import { extensionCalls, traceDuring } from './trace.mjs';

export const MUTATE_MS = 2000;

/** In a frame: adds, changes and removes nodes and toggles row attributes, every 20 ms for `ms`. */
function mutateFor(ms) {
  return new Promise((resolve) => {
    const end = performance.now() + ms;
    const rows = document.querySelectorAll('tr');
    const added = [];
    let step = 0;
    const change = () => {
      const note = document.createElement('div');
      note.textContent = `Updated ${step}`;
      document.body.append(note);
      added.push(note);
      if (added.length > 10) added.shift()?.remove();
      rows[step % rows.length]?.setAttribute('aria-selected', String(step % 2 === 0));
      step++;
      if (performance.now() < end) setTimeout(change, 20);
      else {
        for (const node of added) node.remove();
        resolve(step);
      }
    };
    change();
  });
}

/**
 * Calls into content-script code while every frame of `url` changes for MUTATE_MS.
 * @param {import('../sandbox/browser.mjs').Bench} bench
 * @param {string} url
 * @param {(page: import('puppeteer').Page) => Promise<unknown>} ready resolves once the content script has had its look
 */
export async function idleCalls(bench, url, ready) {
  const page = await bench.newPage();
  try {
    await page.goto(url, { waitUntil: ['load', 'networkidle0'] });
    await ready(page);
    const events = await traceDuring(page, () => inEveryFrame(page, mutateFor, MUTATE_MS));
    return extensionCalls(events);
  } finally {
    await page.close();
  }
}
