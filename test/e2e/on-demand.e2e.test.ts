// The guide on demand (docs/lightness.md): on a console page outside the journey only the small
// recogniser runs and no guide chunk is loaded; a journey page, reached by loading it or by the
// console's in-app navigation (Lightning's pushState, Marketo's hash), gets its guide, and only
// that console's chunk.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HTTPRequest, Page } from 'puppeteer';
import { collectConsole, launchBench, type Bench } from '../sandbox/browser.mjs';
import { waitForCard } from '../sandbox/guide-card.mjs';
import { EXAMPLES } from '../sandbox/routes.mjs';
import { contentScriptFrames } from './helpers';
import { frameWithGuide, setOptions } from './salesforce-helpers';

const HEAVY_SETUP = 'https://acme.lightning.force.com/lightning/setup/BenchHeavyPage/home';
const APP_MANAGER = '/lightning/setup/NavigationMenus/home';
/** Lightning's frame around the classic New Connected App form. */
const CA_FORM_IN_LIGHTNING = `https://acme.lightning.force.com/lightning/setup/NavigationMenus/page?address=${encodeURIComponent('/app/mgmt/forceconnectedapps/forceAppEdit.apexp')}`;
/** Long enough for a recogniser (started once the page is parsed) to have decided and a chunk to have loaded. */
const SETTLE_MS = 1000;

/** The guide chunks the page's frames ask the extension for, by file name, from now on. */
function watchChunks(page: Page): string[] {
  const chunks: string[] = [];
  page.on('request', (request: HTTPRequest) => {
    const url = new URL(request.url());
    // A dynamic resource address is answered from the extension's own: count each file once.
    if (url.protocol === 'chrome-extension:' && url.pathname.endsWith('-guide.js') && !chunks.includes(url.pathname)) chunks.push(url.pathname);
  });
  return chunks;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

describe('the guide on demand', () => {
  let bench: Bench;
  beforeAll(async () => {
    bench = await launchBench();
    await setOptions(bench);
  });
  afterAll(() => bench?.close());

  it('loads no guide on a Setup page outside the journey, and loads it when Lightning moves to App Manager in-app', async () => {
    const page = await bench.newPage();
    const console = collectConsole(page);
    const chunks = watchChunks(page);
    await page.goto(HEAVY_SETUP, { waitUntil: 'networkidle0' });
    await settle();
    // The recogniser runs there (in the top frame only), and that is all.
    expect(await contentScriptFrames(page, bench.extensionId!)).toHaveLength(1);
    expect(chunks).toEqual([]);
    expect(await page.$('oauth-guide-overlay')).toBeNull();

    // A click in Setup's tree: pushState, then the new content, without a page load.
    await page.evaluate((href) => document.dispatchEvent(new CustomEvent('setupnavigate', { detail: { href } })), APP_MANAGER);
    await waitForCard(page, 'Create an External Client App');
    expect(page.url()).toContain(APP_MANAGER);
    expect(chunks).toEqual(['/salesforce-guide.js']);
    expect(console.errors()).toEqual([]);
    await page.close();
  });

  it("loads no guide on a Marketo Admin page that is not Sync with Salesforce, and loads it when the admin goes there", async () => {
    const page = await bench.newPage();
    const console = collectConsole(page);
    const chunks = watchChunks(page);
    await page.goto(EXAMPLES.marketoAdmin);
    await page.waitForSelector('::-p-text(Subscription Information)', { visible: true });
    await settle();
    expect(chunks).toEqual([]);

    // Admin > Salesforce: Marketo changes the hash and draws the page.
    await page.locator('.x-tree-node-anchor ::-p-text(Salesforce)').click();
    await page.waitForSelector('label.x-form-item-label::-p-text(Consumer Key)');
    await waitForCard(page, 'Before you connect');
    expect(chunks).toEqual(['/marketo-guide.js']);
    expect(console.errors()).toEqual([]);
    await page.close();
  });

  it("loads Lightning's guide in Setup's frame and the classic pages' guide in the Connected App form it frames", async () => {
    const page = await bench.newPage();
    const chunks = watchChunks(page);
    await page.goto(CA_FORM_IN_LIGHTNING);
    await frameWithGuide(page, 'forceAppEdit.apexp', 'Create the Connected App');
    expect([...chunks].sort()).toEqual(['/salesforce-classic-guide.js', '/salesforce-guide.js']);
    await page.close();
  });
});
