// axe-core (WCAG 2.1 AA and best practices) run inside a page, for the e2e tests of the popup, the
// options page and the guide's cards. Violations come back as short lines a failure can print:
// rule, impact and the offending elements' selectors, never their text (a card may show a key).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'puppeteer';
import { inCard } from '../sandbox/guide-card.mjs';

const require = createRequire(import.meta.url);
let axeSource: Promise<string> | undefined;

/** The tags axe runs: WCAG 2.0 and 2.1, levels A and AA, and its best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export interface AxeOptions {
  /** Only this part of the page (a CSS selector); the whole document otherwise. */
  include?: string;
}

/** Every violation axe finds, as "rule (impact): selector, selector". */
export async function axeViolations(target: Page | Frame, options: AxeOptions = {}): Promise<string[]> {
  axeSource ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  const source = await axeSource;
  await target.evaluate(source);
  return target.evaluate(
    async (tags: string[], include: string | undefined) => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResults> } }).axe;
      type AxeResults = { violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] };
      const results = await axe.run(include ? { include: [[include]] } : document, { runOnly: { type: 'tag', values: tags } });
      return results.violations.map(
        (violation) => `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
      );
    },
    TAGS,
    options.include,
  );
}

/**
 * Every violation axe finds on the guide's card. axe cannot enter the card's closed shadow root,
 * so the card is copied, its own style sheet with it, into an open root of a fixed layer at the
 * same place: the same markup, styles and colours, where axe can read them. The copy is removed.
 */
export async function cardViolations(scope: Page | Frame): Promise<string[]> {
  const copied = await inCard(
    scope,
    (root) => {
      const host = document.createElement('div');
      host.id = 'axe-card-copy';
      host.style.cssText = 'position: fixed; inset: 0; z-index: 2147483647; pointer-events: none';
      const open = host.attachShadow({ mode: 'open' });
      for (const child of root.children) open.append(child.cloneNode(true));
      document.body.append(host);
      return true;
    },
    false,
  );
  if (!copied) throw new Error('No guide card to check.');
  try {
    return await axeViolations(scope, { include: '#axe-card-copy' });
  } finally {
    await scope.evaluate(() => document.getElementById('axe-card-copy')?.remove());
  }
}
