// What the Salesforce e2e tests share: the admin's options, the guide card's parts (through
// test/sandbox/guide-card.mjs, by the overlay's DOM contract), and the identity verification an
// admin goes through.
import { expect } from 'vitest';
import type { Frame, Page } from 'puppeteer';
import type { Bench } from '../sandbox/browser.mjs';
import * as card from '../sandbox/guide-card.mjs';

export const CONTACT_EMAIL = 'admin@acme.example';
export const APP_NAME = 'Marketo Sync';

/** Options as an admin would set them: name and contact email of the app. */
export async function setOptions(bench: Bench, overrides: Record<string, unknown> = {}): Promise<void> {
  const worker = await bench.serviceWorker();
  const settings = {
    version: 1,
    appName: APP_NAME,
    contactEmail: CONTACT_EMAIL,
    salesforceOrigin: '',
    marketoOrigin: '',
    syncUserName: '',
    pkce: false,
    keepSecret: false,
    ...overrides,
  };
  await worker.evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
}

type Scope = Page | Frame;

/** Waits for the guide card with this title (in the page or one of its frames). */
export function waitForCard(scope: Scope, title: string, timeout = 20_000): Promise<void> {
  return card.waitForCard(scope, title, { timeout });
}

export function cardText(scope: Scope, part: 'title' | 'body' | 'report'): Promise<string> {
  return card.cardPart(scope, part);
}

/** Clicks a guide action as the admin would, and waits for its report. */
export function runGuideAction(scope: Scope, id: string): Promise<string> {
  return card.runCardAction(scope, id);
}

/** Whether the spotlight is drawn, and its box. */
export function spotlightBox(scope: Scope): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return card.spotlightBox(scope);
}

/** Salesforce's identity verification in the tab it opened: any 6-digit code passes in the sandbox. */
export async function verifyIdentity(page: Page): Promise<void> {
  await page.waitForSelector('#emc');
  await page.type('#emc', '123456');
  await Promise.all([page.waitForNavigation(), page.click('#save')]);
}

/** The tab the page opens next (Consumer Key and Secret, Manage Consumer Details). */
export async function nextTab(bench: Bench, open: () => Promise<unknown>): Promise<Page> {
  const target = bench.browser.waitForTarget((t) => t.type() === 'page' && t.url().includes('/_ui/identity/verification/'), { timeout: 15_000 });
  await open();
  const page = await (await target).page();
  if (!page) throw new Error('The new tab has no page.');
  return page;
}

/**
 * The frame whose address contains `urlPart`, once the guide shows in it (with this title, when
 * given). Polled from page.frames(): the classic pages are cross-site frames (their own process),
 * and a Frame found while a page loads or posts back can be replaced by another Frame object.
 */
export async function frameWithGuide(page: Page, urlPart: string, title?: string, timeout = 20_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (!frame.url().includes(urlPart)) continue;
      const shown = (await card.guideRoot(frame).catch(() => null)) ? await card.cardPart(frame, 'title') : null;
      if (shown !== null && (title === undefined || shown === title)) return frame;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const seen = page.frames().map((frame) => frame.url());
  throw new Error(`No frame at ${urlPart} showed the guide${title ? ` titled "${title}"` : ''} within ${timeout} ms; frames: ${seen.join(', ')}`);
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The card and its chip as the admin sees them: boxes, whether the card shows, the chip's name and state. */
export function guideLayout(scope: Scope): Promise<{ card: Rect | null; cardShown: boolean; chip: { box: Rect; name: string; expanded: boolean } | null }> {
  return card.inCard(
    scope,
    (root) => {
      const boxOf = (element: Element) => {
        const { x, y, width, height } = element.getBoundingClientRect();
        return { x, y, width, height };
      };
      const shown = root.querySelector('[data-guide-card]');
      const chip = root.querySelector('[data-guide-chip]');
      return {
        card: shown ? boxOf(shown) : null,
        cardShown: shown ? getComputedStyle(shown).visibility === 'visible' : false,
        chip: chip ? { box: boxOf(chip), name: chip.getAttribute('aria-label') ?? '', expanded: chip.getAttribute('aria-expanded') === 'true' } : null,
      };
    },
    { card: null, cardShown: false, chip: null },
  );
}

/** Clicks the chip, or the open card's button that folds it back, as the admin would. */
export function clickGuide(scope: Scope, part: 'chip' | 'collapse'): Promise<void> {
  return card.clickCard(scope, `[data-guide-${part}]`);
}

/** Which part of the guide has the keyboard focus: the data-guide-* attribute of the focused element. */
export function focusedGuidePart(scope: Scope): Promise<string | null> {
  return card.inCard(scope, (root) => root.activeElement?.getAttributeNames().find((name) => name.startsWith('data-guide-')) ?? null, null);
}

const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The card, or the chip standing in for it, is clear of what each selector finds (they may pierce shadow roots). */
export async function expectGuideClearOf(scope: Scope, selectors: string[]): Promise<void> {
  await scope.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const layout = await guideLayout(scope);
  const shown = layout.cardShown ? layout.card : layout.chip?.box;
  expect(shown).toBeTruthy();
  for (const selector of selectors) {
    const element = await scope.$(selector);
    if (!element) throw new Error(`${selector} is not on the page`);
    const box = await element.evaluate((node) => {
      const { x, y, width, height } = node.getBoundingClientRect();
      return { x, y, width, height };
    });
    await element.dispose();
    expect(box.width > 0 && overlap(shown!, box), `the guide covers ${selector}`).toBe(false);
  }
}
