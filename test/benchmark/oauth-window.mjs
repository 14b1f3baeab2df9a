// Marketo's "Login with Salesforce" window, measured with and without the extension: the
// Salesforce sign-in page and the Allow page as the window shows them, opened by Marketo's own
// button (test/sandbox/salesforce-oauth.mjs serves them). For each page: the script CPU of its
// frames (a trace, trace.mjs); then, loaded again with no tracer attached, the window's time from
// navigation to the load event and, with the extension, the guide's latency there: from the page's
// control (the username field, Allow) entering the DOM to a frame that shows the guide's card, on
// the window's own clock.
//
// The first document of a new window comes before puppeteer can prepare it, so the sign-in page is
// measured in the window once more: Marketo's button opens its window by name, and a second click
// loads the sign-in page again in the window it already has, as an admin retrying does.

import { EXAMPLES } from '../sandbox/routes.mjs';
import { seedSalesforceApp } from '../sandbox/oauth-outcomes.mjs';
import { waitForCard } from '../sandbox/guide-card.mjs';
import { recordArrivals } from './guide.mjs';
import { summarise } from './report.mjs';
import { mainThreadCpu, traceDuring } from './trace.mjs';

const SYNC_PAGE = 'https://app-ab12.marketo.com/?sandbox-delay-ms=300#SF0A1';
/** A key of the right shape; the app that Salesforce knows in the sandbox has it (never a real one). */
const KEY = `3MVG9${'Bench_Key.x'.repeat(8)}`;
const SECRET = 'B0'.repeat(32);
const SYNC_USER = 'marketo.sync@acme.com';
const TIMEOUT_MS = 15_000;

const marketoButton = (text) => `table.x-btn:not(.x-item-disabled) button.x-btn-text::-p-text(${text})`;

/** The window's pages: the control the guide points at, and the card's title there. */
const PAGES = [
  { id: 'signin', label: 'sign-in page', control: '#username', title: 'Sign in as the Marketo sync user' },
  { id: 'allow', label: 'Allow page', control: '#oaapprove', title: 'Click Allow' },
];

/** The window's load time and, with the guide, its latency, read in the window. */
async function windowTimes(window) {
  return window.evaluate(() => {
    const [navigation] = /** @type {PerformanceNavigationTiming[]} */ (performance.getEntriesByType('navigation'));
    const { control, card } = /** @type {any} */ (globalThis).benchArrivals ?? {};
    return { loadMs: navigation.loadEventStart, latencyMs: card - control };
  });
}

/** Waits until the page is loaded and, with the extension, the guide's card has been drawn. */
async function settled(window, page, guided) {
  await window.waitForFunction(() => document.readyState === 'complete', { timeout: TIMEOUT_MS });
  if (!guided) return;
  await waitForCard(window, page.title, { timeout: TIMEOUT_MS, trim: true });
  await window.waitForFunction(() => /** @type {any} */ (globalThis).benchArrivals?.card > 0, { timeout: TIMEOUT_MS });
}

/**
 * A page of the window, twice: reached by `arrive` under a trace, for its frames' script CPU; then
 * by `again` with no tracer attached, for its load time and the guide's latency as the admin gets
 * them (the tracer slows the scripts it records, and the guide's latency is mostly script). Each
 * time it is measured once loaded and, with the extension, once the guide's card is drawn.
 */
async function measurePage(window, page, guided, arrive, again) {
  const probe = await window.evaluateOnNewDocument(recordArrivals, page.control);
  const cpu = mainThreadCpu(
    await traceDuring(window, async () => {
      await arrive();
      await settled(window, page, guided);
    }),
  );
  await again();
  await settled(window, page, guided);
  await window.removeScriptToEvaluateOnNewDocument(probe.identifier);
  return { ...(await windowTimes(window)), ...cpu };
}

/**
 * One pass in one browser: Marketo's sync page with the key and secret typed and saved, its window
 * opened, then the two pages measured.
 * @param {import('../sandbox/browser.mjs').Bench} bench
 * @param {boolean} guided whether the bench has the extension
 */
async function measureWindow(bench, guided) {
  const marketo = await bench.newPage();
  let window;
  try {
    await marketo.goto(SYNC_PAGE);
    await marketo.locator('.mkt-sfdc-sync input[type=text].x-form-field').fill(KEY);
    await marketo.locator('.mkt-sfdc-sync input[type=password].x-form-field').fill(SECRET);
    await marketo.locator(marketoButton('Save')).click();
    const before = new Set(bench.browser.targets());
    const opened = bench.browser.waitForTarget((t) => !before.has(t) && t.url().startsWith('https://login.salesforce.com/'), { timeout: TIMEOUT_MS });
    await marketo.locator(marketoButton('Login with Salesforce')).click();
    window = await (await opened).page();
    if (!window) throw new Error('Marketo opened no Salesforce window.');
    await window.waitForSelector(PAGES[0].control, { timeout: TIMEOUT_MS });

    const results = {};
    // The sign-in page again, in the window Marketo already has (twice: traced, then not).
    const signIn = async () => {
      const loaded = window.waitForNavigation({ timeout: TIMEOUT_MS });
      await marketo.locator(marketoButton('Login with Salesforce')).click();
      await loaded;
    };
    results.signin = await measurePage(window, PAGES[0], guided, signIn, signIn);

    // Sign-in and identity verification, then the Allow page (reloaded for the untraced pass).
    await window.type('#username', SYNC_USER);
    await window.type('#password', 'not-a-real-password');
    await Promise.all([window.waitForNavigation({ timeout: TIMEOUT_MS }), window.click('#Login')]);
    await window.waitForSelector('#emc', { timeout: TIMEOUT_MS });
    await window.type('#emc', '123456');
    const allow = () => Promise.all([window.waitForNavigation({ timeout: TIMEOUT_MS }), window.keyboard.press('Enter')]);
    results.allow = await measurePage(window, PAGES[1], guided, allow, () => window.reload({ timeout: TIMEOUT_MS }));
    return results;
  } finally {
    if (window && !window.isClosed()) await window.close();
    await marketo.close();
  }
}

/**
 * Measures both pages of the window in each browser, in the order `sides` gives, and adds the
 * samples: oauth.<page>.{load,script}.{with,without,ratio}, oauth.<page>.script.extension and
 * oauth.<page>.latency.
 * @param {{ with: import('../sandbox/browser.mjs').Bench, without: import('../sandbox/browser.mjs').Bench }} benches
 * @param {{ add(id: string, value: number): void }} samples
 * @param {Array<'with' | 'without'>} sides
 */
export async function measureOAuthWindow(benches, samples, sides = ['with', 'without']) {
  // The app that Salesforce knows, for as long as the window is measured.
  seedSalesforceApp({ key: KEY, callbackUrl: EXAMPLES.marketoOAuthCallback });
  const measured = {};
  try {
    for (const side of sides) {
      try {
        measured[side] = await measureWindow(benches[side], side === 'with');
      } catch (error) {
        throw new Error(`Marketo's sign-in window ${side} the extension: ${error instanceof Error ? error.message : error}`, { cause: error });
      }
    }
  } finally {
    seedSalesforceApp(null);
  }
  for (const { id } of PAGES) {
    for (const side of ['with', 'without']) {
      samples.add(`oauth.${id}.load.${side}`, measured[side][id].loadMs);
      samples.add(`oauth.${id}.script.${side}`, measured[side][id].scriptMs);
    }
    samples.add(`oauth.${id}.load.ratio`, measured.with[id].loadMs / measured.without[id].loadMs);
    samples.add(`oauth.${id}.script.ratio`, measured.with[id].scriptMs / measured.without[id].scriptMs);
    samples.add(`oauth.${id}.script.extension`, measured.with[id].extensionScriptMs);
    samples.add(`oauth.${id}.latency`, measured.with[id].latencyMs);
  }
}

/**
 * The report's rows for the window: a heading, then per page the load and script CPU with and
 * without the extension and their ratio, the content scripts' own share, and the guide's latency.
 * @param {{ of(id: string): number[] }} samples
 * @param {{ max: number, text: string }} latencyTarget
 */
export function oauthWindowRows(samples, latencyTarget) {
  const row = (id, label, unit, target) => summarise({ id, label, unit, ...(target ? { target } : {}) }, samples.of(id));
  return [
    "Marketo's Login with Salesforce window, opened by Marketo's button: with and without the extension",
    ...PAGES.flatMap(({ id, label, control }) => [
      row(`oauth.${id}.load.without`, `${label}: navigation → load event, without`, 'ms'),
      row(`oauth.${id}.load.with`, `${label}: navigation → load event, with`, 'ms'),
      row(`oauth.${id}.load.ratio`, `${label}: navigation → load event, ratio`, '×'),
      row(`oauth.${id}.script.without`, `${label}: script CPU, without`, 'ms'),
      row(`oauth.${id}.script.with`, `${label}: script CPU, with`, 'ms'),
      row(`oauth.${id}.script.ratio`, `${label}: script CPU, ratio`, '×'),
      row(`oauth.${id}.script.extension`, `${label}: content scripts' own script CPU (part of the above)`, 'ms'),
      row(`oauth.${id}.latency`, `${label}: guide latency, ${control} in the DOM → a frame showing the card`, 'ms', latencyTarget),
    ]),
  ];
}
