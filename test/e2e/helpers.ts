// What the extension's e2e tests share: reading its state through the service worker, waiting for
// progress, telling whether a content script runs in a page, and reading the popup's checklist
// as an admin (and a screen reader) sees it.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page, WebWorker } from 'puppeteer';
import type { Bench } from '../sandbox/browser.mjs';
import en from '../../public/_locales/en/messages.json';
import type { Progress } from '../../lib/schema';

export const SCREENSHOTS = path.resolve('test/artifacts/screenshots');

/**
 * An extension context to read storage in: an open extension page if there is one (it works while
 * the service worker is stopped, and reading there does not wake the worker), else the worker.
 */
async function extensionContext(bench: Bench): Promise<Page | WebWorker> {
  const pages = await bench.browser.pages();
  return pages.find((page) => page.url().startsWith(`chrome-extension://${bench.extensionId}/`)) ?? bench.serviceWorker();
}

/** storage.local and storage.session as the extension sees them. */
export async function storedState(bench: Bench): Promise<{ progress?: Progress; notices?: string[]; hasSecret: boolean }> {
  const context = await extensionContext(bench);
  return context.evaluate(async () => {
    const local = await chrome.storage.local.get(['progress', 'notices']);
    const session = await chrome.storage.session.get('secret');
    // Only whether a secret is held crosses into the test, never its value.
    return { progress: local.progress, notices: local.notices, hasSecret: typeof session.secret === 'string' };
  }) as Promise<{ progress?: Progress; notices?: string[]; hasSecret: boolean }>;
}

export function waitForProgress(bench: Bench, accept: (progress: Progress) => boolean, timeoutMs = 15_000): Promise<Progress> {
  return waitForProgressIn(async () => (await storedState(bench)).progress, accept, timeoutMs);
}

/**
 * Progress as `read` gets it (from the service worker, or in Firefox through the popup page), once
 * `accept` takes it; looked at every 100 ms.
 */
export async function waitForProgressIn<P extends object>(read: () => Promise<P | undefined>, accept: (progress: P) => boolean, timeoutMs = 15_000): Promise<P> {
  const deadline = Date.now() + timeoutMs;
  let last: P | undefined;
  while (Date.now() < deadline) {
    last = await read();
    if (last && accept(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // Never print the consumer key, even in a failure.
  const { consumerKey: _key, ...shown } = (last ?? {}) as P & { consumerKey?: unknown };
  throw new Error(`progress never reached the expected state; last: ${JSON.stringify(shown)}`);
}

/** The admin chooses a path in the popup (the background's reducer records it); resolves once progress has it. */
export async function choosePath(bench: Bench, path: 'eca' | 'connected-app'): Promise<void> {
  const popup = await bench.openPopup();
  await popup.evaluate((chosen) => chrome.runtime.sendMessage({ kind: 'choose-path', path: chosen }), path);
  await waitForProgress(bench, (progress) => progress.path === path);
  await popup.close();
}

/** Starts over from a fresh install's storage (the worker's own start-up check included). */
export async function clearStorage(bench: Bench): Promise<void> {
  const worker = await bench.serviceWorker();
  await worker.evaluate(async () => {
    await chrome.storage.local.clear();
    await chrome.storage.session.clear();
  });
}

/** Origins of the extension's isolated worlds (content scripts) in every frame of the page. */
export async function contentScriptFrames(page: Page, extensionId: string): Promise<string[]> {
  const session = await page.createCDPSession();
  const frames: string[] = [];
  session.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin === `chrome-extension://${extensionId}` && context.auxData?.type === 'isolated') {
      frames.push(String(context.auxData.frameId));
    }
  });
  // Enabling replays the contexts that already exist.
  await session.send('Runtime.enable');
  await session.send('Runtime.disable');
  await session.detach();
  return frames;
}

export interface SeenItem {
  title: string;
  /** The status as announced to assistive technology ("Done", "Current step", ...). */
  status: string;
  current: boolean;
}

/** The popup's checklist, item by item, as announced. */
export function checklistItems(popup: Page): Promise<SeenItem[]> {
  return popup.$$eval('.checklist li.item', (items) =>
    items.map((item) => ({
      title: item.querySelector('.item__title-text')?.textContent?.trim() ?? '',
      status: item.querySelector('.item__title .visually-hidden')?.textContent?.replace(/:\s*$/, '').trim() ?? '',
      current: item.getAttribute('aria-current') === 'step',
    })),
  );
}

/** A checklist step's title in English, by its id ("api-access"). */
export const stepTitle = (id: string): string => (en as Record<string, { message: string }>)[`step_${id.replaceAll('-', '_')}_title`].message;

/** Waits until the popup's checklist shows these steps done; fails naming what it shows instead. */
export async function waitForStepsDone(popup: Page, ids: readonly string[]): Promise<void> {
  const titles = ids.map(stepTitle);
  try {
    await popup.waitForFunction(
      (wanted, doneStatus) =>
        wanted.every((title) =>
          [...document.querySelectorAll('.checklist li.item')].some(
            (item) =>
              item.querySelector('.item__title-text')?.textContent?.trim() === title &&
              item.querySelector('.item__title .visually-hidden')?.textContent?.includes(doneStatus),
          ),
        ),
      { timeout: 15_000, polling: 100 },
      titles,
      en.popup_status_done.message,
    );
  } catch {
    const shown = (await checklistItems(popup)).map((item) => `${item.title}: ${item.status}`);
    throw new Error(`expected done: ${titles.join(' | ')}\nthe checklist shows:\n${shown.join('\n')}`);
  }
}

/**
 * The whole page, or with `atBottom` the viewport scrolled to the page's end as the admin sees it
 * there: a full-page capture paints a cross-site frame only near the viewport, so a card low in
 * Setup's classic frame would come out cut off.
 */
export async function screenshot(page: Page, name: string, { atBottom = false } = {}): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  if (atBottom) await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.screenshot({ path: file, fullPage: !atBottom });
  return file;
}

/** Clicks the tick box of the checklist item with this title, as the admin would. */
export async function tickItem(popup: Page, title: string): Promise<void> {
  const box = await popup.waitForFunction(
    (wanted) =>
      [...document.querySelectorAll('.checklist li.item')]
        .find((item) => item.querySelector('.item__title-text')?.textContent?.trim() === wanted)
        ?.querySelector('input[type=checkbox]'),
    {},
    title,
  );
  await (box.asElement() as import('puppeteer').ElementHandle<HTMLInputElement>).click();
}
