// Reading a Chromium trace of one tab: how much main-thread CPU its frames used, how much of that
// was script, and which calls went into the extension's content scripts.
//
// A trace covers every process, so the frames that Lightning takes from another site (each in a
// renderer process of its own) are counted with the page. Times are thread CPU time (tts/tdur),
// not wall time: on a busy machine a preempted task takes longer on the clock without the page
// doing more, and the benchmark compares the page with and without the extension.

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8'];

/** Main-thread tasks: what CDP's TaskDuration adds up. */
const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/**
 * Running JavaScript, and what running it costs: compiling, V8 contexts (every content script gets
 * one per frame), callbacks, microtasks and garbage collection. Nested events are counted once.
 */
const SCRIPT_EVENTS = new Set([
  'LocalWindowProxy::Initialize',
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.run',
  'v8.callFunction',
  'v8.callAsConstructor',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
  'BlinkScheduler_PerformMicrotaskCheckpoint',
  'MinorGC',
  'MajorGC',
]);

/**
 * Traces the browser while `action` runs.
 * @param {import('puppeteer').Page} page
 * @param {() => Promise<unknown>} action
 * @returns {Promise<TraceEvent[]>}
 * @typedef {{ name: string, ph: string, pid: number, tid: number, ts: number, dur?: number, tts?: number, tdur?: number, args?: any }} TraceEvent
 */
export async function traceDuring(page, action) {
  await page.tracing.start({ categories: CATEGORIES });
  let failure = null;
  try {
    await action();
  } catch (error) {
    failure = error;
  }
  const data = await page.tracing.stop();
  if (failure) throw failure;
  if (!data) throw new Error('The trace came back empty.');
  return JSON.parse(new TextDecoder().decode(data)).traceEvents;
}

/** "pid:tid" of the main threads of the renderer processes that held the tab's frames. */
function framesMainThreads(events) {
  const processes = new Set();
  for (const event of events) {
    if (event.name === 'TracingStartedInBrowser') for (const frame of event.args.data.frames ?? []) processes.add(frame.processId);
    if (event.name === 'FrameCommittedInBrowser') processes.add(event.args.data.processId);
  }
  const threads = new Set();
  for (const event of events) {
    if (event.ph === 'M' && event.name === 'thread_name' && event.args.name === 'CrRendererMain' && processes.has(event.pid)) {
      threads.add(`${event.pid}:${event.tid}`);
    }
  }
  return threads;
}

/** Whether the event runs code of a content script (or any extension page). */
const inExtension = (event) =>
  String(event.args?.data?.url ?? event.args?.fileName ?? '').startsWith('chrome-extension://');

/** Milliseconds covered by [start, end] spans in µs, overlaps counted once. */
function coveredMs(spans) {
  spans.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [start, end] = [-Infinity, -Infinity];
  for (const [from, to] of spans) {
    if (from > end) {
      if (end > start) total += end - start;
      [start, end] = [from, to];
    } else if (to > end) end = to;
  }
  if (end > start) total += end - start;
  return total / 1000;
}

/**
 * CPU time on the main threads of the tab's frames, in ms.
 * @param {TraceEvent[]} events
 * @returns {{ taskMs: number, scriptMs: number, extensionScriptMs: number, extensionFilesMs: Record<string, number> }}
 *   extensionFilesMs: the extension's part by file, the recognisers' and the guide chunks' apart
 */
export function mainThreadCpu(events) {
  const threads = framesMainThreads(events);
  /** @type {Record<'task' | 'script' | 'extension', Array<[number, number]>>} */
  const spans = { task: [], script: [], extension: [] };
  /** @type {Map<string, Array<[number, number]>>} the extension's spans by file ("/content-scripts/salesforce.js") */
  const byFile = new Map();
  for (const event of events) {
    if (event.ph !== 'X' || event.tts === undefined || !threads.has(`${event.pid}:${event.tid}`)) continue;
    const span = /** @type {[number, number]} */ ([event.tts, event.tts + (event.tdur ?? 0)]);
    if (TASK_EVENTS.has(event.name)) spans.task.push(span);
    if (SCRIPT_EVENTS.has(event.name)) spans.script.push(span);
    if (inExtension(event)) {
      spans.extension.push(span);
      const file = new URL(String(event.args?.data?.url ?? event.args?.fileName)).pathname;
      byFile.set(file, [...(byFile.get(file) ?? []), span]);
    }
  }
  const extensionFilesMs = Object.fromEntries([...byFile].map(([file, fileSpans]) => [file, coveredMs(fileSpans)]));
  return { taskMs: coveredMs(spans.task), scriptMs: coveredMs(spans.script), extensionScriptMs: coveredMs(spans.extension), extensionFilesMs };
}

/**
 * Every call the browser made into content-script code in the tab's frames (event listeners,
 * observers, timers): exact counts, where a sampling profiler would miss callbacks shorter than its
 * sampling interval.
 * @param {TraceEvent[]} events
 * @returns {{ calls: number, cpuMs: number }}
 */
export function extensionCalls(events) {
  const threads = framesMainThreads(events);
  const calls = events.filter(
    (event) => event.name === 'FunctionCall' && event.ph === 'X' && threads.has(`${event.pid}:${event.tid}`) && inExtension(event),
  );
  const spans = calls.map((event) => /** @type {[number, number]} */ ([event.tts ?? 0, (event.tts ?? 0) + (event.tdur ?? 0)]));
  return { calls: calls.length, cpuMs: coveredMs(spans) };
}
