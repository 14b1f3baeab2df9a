// What the `webRequest` permission alone costs a page's load (`npm run bench:permissions`).
//
//   node test/benchmark/permission-cost.mjs [--loads N]
//
// Chrome sends every request of every frame through a proxy in the browser process as soon as one
// installed extension holds webRequest (or declarativeNetRequest), whatever its listeners watch:
// the proxy is chosen per permission, not per listener (docs/lightness.md, "What the webRequest
// permission costs every page"). This loads the two heavy pages in three browsers taking turns: no
// extension, the extension as built, and the same build with `webRequest` taken out of its
// manifest (its background stops where it first registers a request listener, so Marketo's
// recogniser is never injected: that variant guides nothing and only shows what the permission
// costs). Medians of the load event, and each build's ratio to no extension. It measures the
// extension already built and changes nothing in it (the variant is a copy in a temporary
// directory).

import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EXTENSION_DIR, launchBench } from '../sandbox/browser.mjs';
import { HEAVY_MARKETO, HEAVY_SETUP, loadHeavyPage } from './page-cost.mjs';
import { median } from './report.mjs';

const PAGES = [
  { id: 'heavy Setup page', page: HEAVY_SETUP },
  { id: 'heavy Marketo page', page: HEAVY_MARKETO },
];

/** A copy of the build whose manifest does not ask for webRequest; returns its directory. */
async function withoutWebRequest(dir) {
  const copy = await mkdtemp(path.join(os.tmpdir(), 'no-webrequest-'));
  await cp(dir, copy, { recursive: true });
  const manifestPath = path.join(copy, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  if (!manifest.permissions?.includes('webRequest')) throw new Error(`The build in ${dir} does not ask for webRequest.`);
  manifest.permissions = manifest.permissions.filter((permission) => permission !== 'webRequest');
  await writeFile(manifestPath, JSON.stringify(manifest));
  return copy;
}

const { values } = parseArgs({ options: { loads: { type: 'string', default: '12' } } });
const loads = Number(values.loads);
if (!Number.isInteger(loads) || loads < 1) throw new Error(`--loads wants a whole number of at least 1, not "${values.loads}".`);

const variantDir = await withoutWebRequest(EXTENSION_DIR);
/** @type {Array<{ id: string, bench: import('../sandbox/browser.mjs').Bench }>} */
const browsers = [];
/** @type {Record<string, Record<string, number[]>>} load-event ms by page, then by browser */
const samples = Object.fromEntries(PAGES.map(({ id }) => [id, {}]));
try {
  browsers.push({ id: 'no extension', bench: await launchBench({ extension: false }) });
  browsers.push({ id: 'as built', bench: await launchBench() });
  browsers.push({ id: 'as built without webRequest', bench: await launchBench({ extension: variantDir }) });
  // One warm-up load each, then `loads` turns, each starting with the next browser.
  for (let turn = 0; turn <= loads; turn++) {
    for (const { id: pageId, page } of PAGES) {
      for (let k = 0; k < browsers.length; k++) {
        const { id, bench } = browsers[(turn + k) % browsers.length];
        const { loadMs } = await loadHeavyPage(bench, page);
        if (turn > 0) (samples[pageId][id] ??= []).push(loadMs);
      }
    }
  }
} finally {
  await Promise.all(browsers.map(({ bench }) => bench.close()));
  await rm(variantDir, { recursive: true, force: true });
}

console.log(`Load event, median of ${loads} loads per browser (load average ${os.loadavg()[0].toFixed(1)} at the end):`);
for (const { id: pageId } of PAGES) {
  const none = median(samples[pageId]['no extension']);
  for (const { id } of browsers) {
    const ms = median(samples[pageId][id]);
    console.log(`  ${pageId.padEnd(20)} ${id.padEnd(28)} ${ms.toFixed(1).padStart(7)} ms  ${(ms / none).toFixed(3)}×`);
  }
}
