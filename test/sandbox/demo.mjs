// `npm start`: run the product against the sandbox and show it.
//
// Starts the sandbox and Chromium with the built extension (a window when $DISPLAY is set,
// headless otherwise), walks the steps below, saves a screenshot of each to
// test/screenshots/NN-name.png (the README shows them) and prints the paths. With a window it then stays open until
// Ctrl+C so the pages can be tried by hand; headless it exits.
//
// To show more, add a step: { name, what, run({ bench, page }) → the page to photograph }.

import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBench } from './browser.mjs';
import { cardElement, cardHas, clickCard, runCardAction, waitForCard, waitForSpotlight } from './guide-card.mjs';
import { savedApps, seedApp } from './salesforce-state.mjs';
import { EXAMPLES } from './routes.mjs';

const SCREENSHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));

// The Marketo steps: Marketo's slow steps shortened.
const MARKETO_SYNC_FAST = 'https://app-ab12.marketo.com/?sandbox-delay-ms=1500#SF0A1';
const SETUP = 'https://acme.lightning.force.com';

/** Waits until the in-page guide shows this title. @param {Page} page @param {string} title */
function waitForGuide(page, title) {
  return waitForCard(page, title, { trim: true });
}

/**
 * The frame at this address once the guide in it shows `selector`. Polled: a classic page framed
 * in Lightning is another process, and its Frame can be replaced while it loads.
 * @param {Page} page @param {string} urlPart @param {string} selector
 */
async function frameShowing(page, urlPart, selector) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (!frame.url().includes(urlPart)) continue;
      if (await cardHas(frame, selector).catch(() => false)) return frame;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No frame at ${urlPart} showed ${selector}`);
}

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
    name: 'salesforce-eca-form',
    what: 'Salesforce > New External Client App, the guide pointing at the form',
    async run({ page }) {
      await page.locator('lightning-button >>> button::-p-text(New External Client App)').click();
      await cardElement(page, '[data-guide-action="fill"]');
      return page;
    },
  },
  {
    name: 'salesforce-eca-form-filled',
    what: 'Salesforce > New External Client App, filled by the guide (Create stays with the admin)',
    async run({ page }) {
      await runCardAction(page, 'fill');
      return page;
    },
  },
  {
    name: 'salesforce-eca-settings',
    what: "Salesforce > the new app's Settings tab: the guide points at Consumer Key and Secret",
    async run({ page }) {
      // The demo's options leave the contact email to the admin (the report above says so).
      await page.locator('>>> [data-field=contactEmail] >>> input').fill('admin@acme.example');
      await page.locator('>>> [data-field=create] >>> button').click();
      await waitForGuide(page, 'Get the consumer key and secret');
      await page.locator('>>> [role=tab]::-p-text(Settings)').click();
      await page.waitForSelector('>>> [data-field=consumerKeyAndSecret] >>> button');
      await waitForSpotlight(page);
      return page;
    },
  },
  // External Client App Manager, where path A may start too and where the admin comes back for
  // the key and secret: the org lists the app created above and one of another team's, and the
  // guide points at the admin's.
  {
    name: 'salesforce-eca-manager',
    what: 'Salesforce Setup > External Client App Manager: the guide points at the app created above',
    async run({ bench, page }) {
      seedApp(bench.sandbox, 'acme', { kind: 'eca', name: 'Field Service Mobile', email: 'it@acme.example', distributionState: 'Local' });
      await page.goto(`${SETUP}/lightning/setup/ManageExternalClientApplication/home`);
      await waitForGuide(page, 'Open your External Client App');
      await waitForSpotlight(page);
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
  // Marketo: the guide on Sync with Salesforce, the OAuth popup, and the sync running. The demo
  // skips Salesforce's identity check: it hands the extension the key and secret of the app created
  // above, as the popup's paste does (the e2e journey captures them from the consumer details page).
  {
    name: 'marketo-prerequisites',
    what: 'Marketo Sync with Salesforce: the guide lists the prerequisites and offers the fill',
    async run({ bench, page }) {
      const popup = await bench.openPopup();
      const app = savedApps(bench.sandbox).find((saved) => saved.kind === 'eca');
      if (!app) throw new Error('The External Client App created above is not in the sandbox.');
      await popup.evaluate((key, secret) => chrome.runtime.sendMessage({ kind: 'paste-credentials', key, secret }), app.consumerKey, app.consumerSecret);
      await popup.close();
      await page.bringToFront();
      await page.goto(MARKETO_SYNC_FAST);
      await waitForGuide(page, 'Before you connect');
      return page;
    },
  },
  {
    name: 'marketo-oauth-popup',
    what: 'Filled, saved, Login with Salesforce: the guide in the OAuth popup on login.salesforce.com',
    async run({ bench, page }) {
      await runCardAction(page, 'allow-popups');
      await clickCard(page, '[data-guide-action="fill"]');
      await page.waitForFunction(() => document.querySelector('.mkt-sfdc-sync input[type=password]')?.value !== '');
      await page.locator('table.x-btn button.x-btn-text::-p-text(Save)').click();
      await waitForGuide(page, 'Click Login with Salesforce');
      const opened = bench.browser.waitForTarget((target) => target.url().startsWith('https://login.salesforce.com/'));
      await page.locator('table.x-btn button.x-btn-text::-p-text(Login with Salesforce)').click();
      const popup = /** @type {Page} */ (await (await opened).page());
      await waitForGuide(popup, 'Sign in as the Marketo sync user');
      return popup;
    },
  },
  {
    name: 'marketo-sync-running',
    what: 'Signed in, verified, allowed, confirmed, started: the sync runs and the journey is complete',
    async run({ bench, page }) {
      const popup = (await bench.browser.pages()).find((open) => open.url().startsWith('https://login.salesforce.com/'));
      if (popup) {
        await popup.type('#username', 'marketo.sync@acme.com');
        await popup.type('#password', 'demo-password');
        await Promise.all([popup.waitForNavigation(), popup.click('#Login')]);
        await popup.type('#emc', '123456');
        await Promise.all([popup.waitForNavigation(), popup.click('#save')]);
        await popup.click('#oaapprove');
      }
      for (const label of ['Confirm Credentials', 'Start Salesforce Sync', 'Start Sync']) {
        await page.locator(`table.x-btn:not(.x-item-disabled) button.x-btn-text::-p-text(${label})`).click();
      }
      await page.locator('.mkt-start-sync-confirm button.x-btn-text::-p-text(Start Sync)').click();
      await waitForGuide(page, 'The sync is running');
      return page;
    },
  },
  // The other Salesforce path's form, last so that the journey above stays on its path: the card
  // beside Save keeps clear of Cancel and of what its report asks the admin to look at.
  {
    name: 'salesforce-ca-form-filled',
    what: 'Salesforce > New Connected App (classic, framed in Lightning): the admin typed a name of their own; the guide fills the rest',
    async run({ page }) {
      await page.goto(`${SETUP}/lightning/setup/NavigationMenus/page?address=${encodeURIComponent('/app/mgmt/forceconnectedapps/forceAppEdit.apexp')}`);
      const form = await frameShowing(page, 'forceAppEdit.apexp', '[data-guide-action="fill"]');
      await form.type('[id$=":nameSection:name"]', 'Acme Marketo');
      await runCardAction(form, 'fill');
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      return page;
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
    await mkdir(SCREENSHOTS, { recursive: true });
    for (const old of await readdir(SCREENSHOTS)) if (old.endsWith('.png')) await rm(path.join(SCREENSHOTS, old));

    const page = (await bench.browser.pages())[0] ?? (await bench.newPage());
    for (const [index, step] of STEPS.entries()) {
      const shown = await step.run({ bench, page });
      const file = path.join(SCREENSHOTS, `${String(index + 1).padStart(2, '0')}-${step.name}.png`);
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
