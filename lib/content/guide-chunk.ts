// The guide (overlay, page modules, Preact) is a chunk of its own, entrypoints/*-guide.ts, which a
// recogniser loads only on a page of the journey: the content scripts every matched frame runs
// stay small (docs/lightness.md). The chunk is an ES module the content script imports from the
// extension's files; it runs in the content script's own isolated world, with its context.
import type { GuideContext } from '../pages/page-module';
import { send } from '../send';
import type { PageContext } from './script-context';
import { showLoadFailure } from './load-failure';

/**
 * The guide's first question to the background (progress, settings, checklist), asked by the
 * content script while the chunk loads: the first card then waits for the longer of the two, not
 * for one after the other. Undefined where the background gave no answer.
 */
export type EarlyGuideContext = Promise<GuideContext | undefined>;

/** What a guide chunk's module exports as its default. */
export interface GuideChunk {
  start(ctx: PageContext, guideContext: EarlyGuideContext): void;
}

/** The chunks, as built (web_accessible_resources in wxt.config.ts lists the same). */
export type GuideChunkPath = '/salesforce-guide.js' | '/salesforce-classic-guide.js' | '/marketo-guide.js' | '/oauth-popup-guide.js';

export type ImportChunk = (url: string) => Promise<{ default?: GuideChunk }>;

const importModule: ImportChunk = (url) => import(/* @vite-ignore */ url);

/**
 * Once the document is parsed: a recogniser that decides at document_start imports the chunk
 * while the page is still arriving, and the guide starts on a whole document.
 */
function parsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/**
 * Fetches and evaluates a guide chunk without starting it, where the address says the page is
 * likely the journey's before its content can say so: the guide then starts as soon as the page is
 * known (the import in loadGuide meets the same module). A failure is left to loadGuide to report.
 */
export function preloadGuide(path: GuideChunkPath, importChunk: ImportChunk = importModule): void {
  importChunk(browser.runtime.getURL(path)).catch(() => undefined);
}

/**
 * Loads a guide chunk and starts it. Never throws into the page and never goes silent: a chunk that
 * does not load (or start) leaves a short notice saying so, unless the extension itself went away
 * (reloaded or updated under the page, when its files are gone and nothing should show).
 */
export async function loadGuide(ctx: PageContext, path: GuideChunkPath, importChunk: ImportChunk = importModule): Promise<void> {
  const guideContext: EarlyGuideContext = send({ kind: 'guide-context' }).catch(() => undefined);
  try {
    const chunk = (await importChunk(browser.runtime.getURL(path))).default;
    await parsed();
    if (ctx.isInvalid) return;
    if (!chunk) throw new Error('not a guide chunk');
    chunk.start(ctx, guideContext);
  } catch {
    await parsed();
    if (!ctx.isInvalid) showLoadFailure(ctx);
  }
}
