// How quickly the guide's "Fill" gives the admin a confirmed fill, timed inside the page on the
// page's own clock: from the admin's click on Fill to the report shown and the form holding every
// value. Three forms: the New External Client App form built from Salesforce's components
// (docs/bench.md) in synthetic shadow (as Lightning Experience runs today) and in native shadow,
// whose components' state comes from their change events only (`__replicaState`); and the classic
// New Connected App form, whose values are its inputs'. The content scripts' CPU time during a
// fill is sampled by V8's profiler in a separate fill, so that profiling does not slow the timed one.
//
// Part of `npm run bench` (run.mjs); alone, for working on the fill:
//   node test/benchmark/fill.mjs [--runs N]

import os from 'node:os';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { launchBench } from '../sandbox/browser.mjs';
import { clickCard } from '../sandbox/guide-card.mjs';
import { ECA_FORM, openGuided } from './guide.mjs';
import { summarise, table } from './report.mjs';

const CA_FORM = 'https://acme.my.salesforce.com/app/mgmt/forceconnectedapps/forceAppEdit.apexp';
const FILL_TARGET = { below: 100, text: '< 100 ms' };

/** The forms filled, with what tells (in the page's own world) that each holds the recipe. */
export const FILL_FORMS = [
  { id: 'eca', label: 'External Client App form, synthetic shadow', url: ECA_FORM, state: 'replica', target: FILL_TARGET },
  { id: 'ecaNative', label: 'External Client App form, native shadow', url: `${ECA_FORM}?sandbox-variant=native-shadow`, state: 'replica' },
  { id: 'ca', label: 'Connected App form (classic)', url: CA_FORM, state: 'inputs' },
];

/** In the page: starts watching for the admin's click on Fill, and leaves the times in globalThis.benchResult. */
function watchFill(state) {
  const { root, until, untilFrame } = /** @type {any} */ (globalThis).benchProbe;
  let clicked;
  let lastField;
  // Capturing on the shadow root runs before the button's own handler starts the fill.
  root.addEventListener('click', (event) => {
    if (event.target.closest?.('[data-guide-action="fill"]')) clicked ??= performance.now();
  }, true);
  for (const type of ['input', 'change', 'click']) {
    document.addEventListener(type, (event) => {
      if (clicked !== undefined && event.target !== root.host) lastField = performance.now();
    }, true);
  }
  /** What the components reported through their change events: Marketo's recipe, every scope. */
  const replicaHolds = () => {
    const held = /** @type {any} */ (globalThis).__replicaState;
    return (
      held?.distributionState === 'Local' &&
      held.enableOauth === true &&
      held.callbackUrl.startsWith('https://') &&
      held.scopes.length > 0 &&
      held.requireSecretWebServer === true &&
      held.requireSecretRefresh === true
    );
  };
  /** What the classic form's inputs hold (its own JSF ids). */
  const inputsHold = () => {
    const $ = (suffix) => /** @type {any} */ (document.querySelector(`[id$="${suffix}"]`));
    return (
      $(':oauth:isOauth')?.checked === true &&
      String($(':callbackUrl')?.value).startsWith('https://') &&
      $(':backingList_a')?.options.length === 0 &&
      $(':backingList_s')?.options.length > 0 &&
      $(':webServerSecretSection:requireSecret')?.checked === true &&
      $(':refreshSecretSection:requireSecret')?.checked === true
    );
  };
  const confirmed = state === 'replica' ? replicaHolds : inputsHold;
  /** @type {any} */ (globalThis).benchResult = until(() => root.querySelector('[data-guide-report] li'), "the fill's report").then(async (reported) => {
    // Usually already true when the report shows (the fill confirms before it reports).
    const held = confirmed() ? reported : await untilFrame(confirmed, 'the form holding the values');
    return {
      reportMs: reported - clicked,
      fieldsMs: lastField - clicked,
      confirmedMs: held - clicked,
      filled: root.querySelector('[data-guide-report]').textContent.includes('Filled'),
    };
  });
}

/** Sampling interval of the profiler, in µs. */
const SAMPLE_US = 100;

/**
 * CPU time sampled on the tab's main thread while `action` runs, in ms: in the content scripts
 * (code from chrome-extension://), and in all script (the page's components re-rendering included).
 * @param {import('puppeteer').Page} page
 * @param {() => Promise<unknown>} action
 */
async function profileDuring(page, action) {
  const session = await page.createCDPSession();
  try {
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: SAMPLE_US });
    await session.send('Profiler.start');
    await action();
    const { profile } = await session.send('Profiler.stop');
    const urlOf = new Map(profile.nodes.map((node) => [node.id, node.callFrame.url]));
    const nameOf = new Map(profile.nodes.map((node) => [node.id, node.callFrame.functionName]));
    let extensionUs = 0;
    let scriptUs = 0;
    profile.samples.forEach((id, index) => {
      const delta = profile.timeDeltas[index + 1] ?? 0;
      const name = nameOf.get(id);
      if (name === '(idle)' || name === '(program)' || name === '(root)') return;
      scriptUs += delta;
      if (String(urlOf.get(id)).startsWith('chrome-extension://')) extensionUs += delta;
    });
    return { extensionCpuMs: extensionUs / 1000, scriptCpuMs: scriptUs / 1000 };
  } finally {
    await session.detach();
  }
}

/**
 * CPU time of the tab's main thread (the page's and the content scripts' work) while `action`
 * runs, in ms: the renderer's own count of the thread's CPU time, which a busy machine's other
 * processes do not inflate, unlike the wall time.
 * @param {import('puppeteer').Page} page
 * @param {() => Promise<unknown>} action
 */
async function threadTimeDuring(page, action) {
  const session = await page.createCDPSession();
  try {
    await session.send('Performance.enable');
    const threadTime = async () => (await session.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? NaN;
    const before = await threadTime();
    await action();
    return { threadCpuMs: ((await threadTime()) - before) * 1000 };
  } finally {
    await session.detach();
  }
}

/**
 * The guide's "Fill" on a fresh form, clicked as the admin clicks it.
 * @param {import('../sandbox/browser.mjs').Bench} bench
 * @param {(typeof FILL_FORMS)[number]} form
 * @param {{ profile?: boolean }} [options] profile: also the CPU time sampled (slows the fill)
 * @returns {Promise<{ reportMs: number, fieldsMs: number, confirmedMs: number, threadCpuMs?: number, extensionCpuMs?: number, scriptCpuMs?: number }>}
 *   click → report shown; click → the last input, change or click event the fill sent to the form
 *   (its work in the page); click → the report shown and the form holding every value
 */
export async function fillTime(bench, form, { profile = false } = {}) {
  const page = await openGuided(bench, form.url);
  try {
    await page.evaluate(watchFill, form.state);
    const fill = async () => {
      await clickCard(page, '[data-guide-action="fill"]');
      return page.evaluate(() => /** @type {any} */ (globalThis).benchResult);
    };
    let result;
    const cpu = profile ? await profileDuring(page, async () => (result = await fill())) : await threadTimeDuring(page, async () => (result = await fill()));
    const { reportMs, fieldsMs, confirmedMs, filled } = result;
    if (!filled || ![reportMs, fieldsMs, confirmedMs].every(Number.isFinite)) throw new Error(`The fill did not fill the ${form.label}.`);
    return { reportMs, fieldsMs, confirmedMs, ...cpu };
  } finally {
    await page.close();
  }
}

/**
 * One fill of each form, and one profiled fill of the External Client App form, into `samples`.
 * @param {import('../sandbox/browser.mjs').Bench} bench
 * @param {{ add(id: string, value: number): void }} samples
 */
export async function measureFills(bench, samples) {
  for (const form of FILL_FORMS) {
    const fill = await named(`the fill of the ${form.label}`, () => fillTime(bench, form));
    samples.add(`fill.${form.id}.confirmed`, fill.confirmedMs);
    samples.add(`fill.${form.id}.fields`, fill.fieldsMs);
    samples.add(`fill.${form.id}.thread`, /** @type {number} */ (fill.threadCpuMs));
  }
  const profiled = await named('the profiled fill', () => fillTime(bench, FILL_FORMS[0], { profile: true }));
  samples.add('fill.eca.cpu.extension', /** @type {number} */ (profiled.extensionCpuMs));
  samples.add('fill.eca.cpu.script', /** @type {number} */ (profiled.scriptCpuMs));
}

/**
 * The table's rows for the fills (a string is a section heading).
 * @param {{ of(id: string): number[] }} samples
 */
export function fillRows(samples) {
  return [
    'Fill: click on Fill → report shown and every value held by the form',
    ...FILL_FORMS.flatMap((form) => [
      summarise({ id: `fill.${form.id}.confirmed`, label: `${form.label}: confirmed fill`, unit: 'ms', target: form.target }, samples.of(`fill.${form.id}.confirmed`)),
      summarise({ id: `fill.${form.id}.fields`, label: '  last field event (part of the above)', unit: 'ms' }, samples.of(`fill.${form.id}.fields`)),
      summarise({ id: `fill.${form.id}.thread`, label: "  the tab's main thread CPU meanwhile", unit: 'ms' }, samples.of(`fill.${form.id}.thread`)),
    ]),
    `CPU sampled during a fill of the ${FILL_FORMS[0].label} (click → confirmed, profiler attached)`,
    summarise({ id: 'fill.eca.cpu.extension', label: 'in the content scripts', unit: 'ms' }, samples.of('fill.eca.cpu.extension')),
    summarise({ id: 'fill.eca.cpu.script', label: "in all script, the components' re-rendering included", unit: 'ms' }, samples.of('fill.eca.cpu.script')),
  ];
}

async function named(what, measure) {
  try {
    return await measure();
  } catch (error) {
    throw new Error(`${what}: ${error instanceof Error ? error.message : error}`, { cause: error });
  }
}

async function main() {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' } } });
  const runs = Number(values.runs);
  const bench = await launchBench();
  const byId = new Map();
  const samples = { add: (id, value) => byId.set(id, [...(byId.get(id) ?? []), value]), of: (id) => byId.get(id) ?? [] };
  const loadBefore = os.loadavg()[0];
  try {
    const worker = await bench.serviceWorker();
    await worker.evaluate(
      (settings) => chrome.storage.local.set({ settings }),
      { version: 1, appName: 'Marketo Sync', contactEmail: 'admin@acme.example', salesforceOrigin: '', marketoOrigin: '', syncUserName: '', pkce: false, keepSecret: false },
    );
    await measureFills(bench, { add: () => undefined }); // warm-up, not recorded
    for (let run = 0; run < runs; run++) await measureFills(bench, samples);
  } finally {
    await bench.close();
  }
  console.log(`${runs} runs, load average ${loadBefore.toFixed(1)} before and ${os.loadavg()[0].toFixed(1)} after\n`);
  console.log(table(fillRows(samples)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
