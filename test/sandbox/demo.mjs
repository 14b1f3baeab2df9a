// `npm start`: run the product against the sandbox and show it.
//
// Starts the sandbox and Chromium with the built extension (a window when $DISPLAY is set,
// headless otherwise), walks the steps below, saves a screenshot of each to
// test/artifacts/demo/NN-name.png and prints the paths. With a window it then stays open until
// Ctrl+C so the pages can be tried by hand; headless it exits.
//
// To show more, add a step: { name, what, run({ bench, page }) → the page to photograph }.

import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBench } from './browser.mjs';
import { EXAMPLES } from './routes.mjs';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/demo/', import.meta.url));

/**
 * @typedef {import('./browser.mjs').Bench} Bench
 * @typedef {import('puppeteer').Page} Page
 * @typedef {{ name: string, what: string, run: (context: { bench: Bench, page: Page }) => Promise<Page> }} Step
 */

/** @type {Step[]} */
const STEPS = [
  {
    name: 'salesforce-app-manager',
    what: 'Salesforce Setup > App Manager on acme.lightning.force.com',
    async run({ page }) {
      await page.goto(EXAMPLES.appManager);
      await page.waitForSelector('lightning-button >>> button::-p-text(New External Client App)');
      return page;
    },
  },
  {
    name: 'marketo-sync-with-salesforce',
    what: 'Marketo Admin > CRM > Sync with Salesforce on app-ab12.marketo.com',
    async run({ page }) {
      await page.goto(EXAMPLES.marketoAdmin);
      await page.locator('.x-tree-node-anchor ::-p-text(CRM)').click();
      await page.locator('table.x-btn button.x-btn-text::-p-text(Sync with Salesforce)').click();
      await page.waitForSelector('label.x-form-item-label::-p-text(Consumer Key)');
      return page;
    },
  },
  {
    name: 'extension-popup',
    what: "The extension's popup",
    async run({ bench }) {
      const popup = await bench.openPopup();
      await new Promise((resolve) => setTimeout(resolve, 300)); // let Preact render
      return popup;
    },
  },
];

async function main() {
  const headless = !process.env.DISPLAY;
  const bench = await launchBench({ headless });
  let stopping = false;
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    await bench.close();
    process.exit(code);
  };
  process.on('SIGINT', () => stop(0));
  bench.browser.on('disconnected', () => stop(0)); // the window was closed

  try {
    await mkdir(ARTIFACTS, { recursive: true });
    for (const old of await readdir(ARTIFACTS)) if (old.endsWith('.png')) await rm(path.join(ARTIFACTS, old));

    const page = (await bench.browser.pages())[0] ?? (await bench.newPage());
    for (const [index, step] of STEPS.entries()) {
      const shown = await step.run({ bench, page });
      const file = path.join(ARTIFACTS, `${String(index + 1).padStart(2, '0')}-${step.name}.png`);
      await shown.screenshot({ path: file });
      console.log(`${step.what}\n  ${path.relative(process.cwd(), file)}`);
    }
  } catch (error) {
    console.error(error);
    await stop(1);
    return;
  }

  if (headless) {
    await stop(0);
  } else {
    console.log('\nThe browser stays open to try the pages by hand. Ctrl+C to quit.');
  }
}

await main();
