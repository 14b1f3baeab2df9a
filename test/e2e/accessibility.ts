// axe-core (WCAG 2.1 AA and best practices) run inside a page, for the e2e tests of the popup, the
// options page and the guide's cards. Violations come back as short lines a failure can print:
// rule, impact and the offending elements' selectors, never their text (a card may show a key).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'puppeteer';

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
      const results = await axe.run(include ? { include: [include] } : document, { runOnly: { type: 'tag', values: tags } });
      return results.violations.map(
        (violation) => `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
      );
    },
    TAGS,
    options.include,
  );
}
