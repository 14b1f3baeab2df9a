// How quickly the guide answers, timed inside the page on the page's own clock: from a control
// entering the DOM to the callout (spotlight and card) pointing at it in a painted frame. The fill
// is timed in fill.mjs, with the probe installed here.
//
// The overlay's shadow root is closed to the page; the benchmark hands it to the page's main world
// (guide-card.mjs reaches it through the browser's protocol), so that a MutationObserver on it and
// on the document checks after every change whether the callout has arrived. The form is built
// from Salesforce's components, whose changes happen inside shadow roots a document observer does
// not see: there the check runs on every frame instead.

import { guideRoot, waitForSpotlight } from '../sandbox/guide-card.mjs';
import { HEAVY_SETUP } from './page-cost.mjs';

export const APP_MANAGER = 'https://acme.lightning.force.com/lightning/setup/NavigationMenus/home';
export const ECA_FORM = 'https://acme.lightning.force.com/lightning/setup/ManageExternalClientApplication/create';

/**
 * How long the control stays away before it comes back late: well past placement.ts's
 * RELOCATE_MS (the guide has stopped looking for the old one), well before its RETRY_MS poll.
 */
const AWAY_MS = 400;
const TIMEOUT_MS = 15_000;

/** In the page: helpers on globalThis.benchProbe to watch the guide overlay. */
function installProbe(root, timeoutMs) {
  /** @type {any} */ (globalThis).benchProbe = {
    root,
    /** Whether the spotlight surrounds `target` (snugly) and the card has been placed beside it. */
    calloutAt(target) {
      const spotlight = root.querySelector('[data-guide-spotlight]');
      const card = /** @type {HTMLElement | null} */ (root.querySelector('[data-guide-card]'));
      if (!target?.isConnected || !spotlight || !card?.style.transform || !root.host.isConnected) return false;
      const box = target.getBoundingClientRect();
      const spot = spotlight.getBoundingClientRect();
      const around = spot.left <= box.left && spot.top <= box.top && spot.right >= box.right && spot.bottom >= box.bottom;
      return around && spot.width - box.width < 16 && spot.height - box.height < 16;
    },
    /** performance.now() once `test()` holds, checked after every change to the page or the overlay. */
    until(test, what) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!test()) return;
          const now = performance.now();
          observer.disconnect();
          clearTimeout(timer);
          resolve(now);
        };
        const observer = new MutationObserver(check);
        for (const node of [document, root]) observer.observe(node, { subtree: true, childList: true, attributes: true });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`Timed out waiting for ${what}.`));
        }, timeoutMs);
        check();
      });
    },
    /** performance.now() at the first frame where `test()` holds (for changes inside shadow roots). */
    untilFrame(test, what) {
      return new Promise((resolve, reject) => {
        const started = performance.now();
        const check = (now) => {
          if (test()) return resolve(now);
          if (now - started > timeoutMs) return reject(new Error(`Timed out waiting for ${what}.`));
          requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    },
    /** The first element matching `selector`, through every open (or synthetic) shadow root. */
    deepFind(selector, root = document) {
      for (const element of root.querySelectorAll('*')) {
        if (element.matches(selector)) return element;
        const inner = element.shadowRoot && /** @type {any} */ (globalThis).benchProbe.deepFind(selector, element.shadowRoot);
        if (inner) return inner;
      }
      return null;
    },
    /** performance.now() in the next animation frame: the frame that paints what the DOM holds now. */
    nextFrame: () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now()))),
  };
}

/**
 * In every document of a page, before its own scripts (evaluateOnNewDocument): when `control`
 * entered the DOM and when a frame first showed the guide's card (its host is attached with the
 * card's first guidance, components/guide/overlay.ts), in performance.now() ms, in
 * globalThis.benchArrivals. For pages that arrive with a load, where the probe above cannot be
 * installed before the guide starts.
 */
export function recordArrivals(control) {
  const times = { control: NaN, card: NaN };
  /** @type {any} */ (globalThis).benchArrivals = times;
  const observer = new MutationObserver(() => {
    if (Number.isNaN(times.control) && document.querySelector(control)) times.control = performance.now();
    if (Number.isNaN(times.card) && document.querySelector('oauth-guide-overlay')) {
      times.card = -1; // seen; the time is the frame that shows it
      requestAnimationFrame(() => (times.card = performance.now()));
    }
    if (!Number.isNaN(times.control) && times.card > 0) observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true });
}

/** A new tab at `url`, once the guide's spotlight is drawn there, with the probe installed. */
export async function openGuided(bench, url) {
  const page = await bench.newPage();
  await page.bringToFront(); // animation frames run in the visible tab only
  await page.goto(url);
  await waitForSpotlight(page, TIMEOUT_MS);
  const root = await guideRoot(page);
  if (!root) throw new Error('The page has no guide overlay.');
  await page.evaluate(installProbe, root, TIMEOUT_MS);
  return page;
}

/**
 * Milliseconds from the control entering the DOM to a frame that shows the callout at it.
 * - "arrival": App Manager → New External Client App (Lightning swaps the content, no page load);
 *   the control is the form's App Name field;
 * - "replaced": Lightning re-renders the New External Client App button (old out, new in, at once);
 * - "late": the button goes, and a new one comes AWAY_MS later, as a control drawn late does.
 * @param {import('../sandbox/browser.mjs').Bench} bench
 * @param {'arrival' | 'replaced' | 'late'} how
 * @returns {Promise<number>}
 */
export async function guideLatency(bench, how) {
  const page = await openGuided(bench, APP_MANAGER);
  try {
    if (how === 'arrival') return await formArrival(bench);
    return await page.evaluate(
      async (how, awayMs) => {
        const { root, until, untilFrame, calloutAt, deepFind } = /** @type {any} */ (globalThis).benchProbe;
        // App Manager is built from Salesforce's components (docs/bench.md): its page component
        // draws the button afresh, as Lightning re-renders it.
        const manager = document.querySelector('c-app-manager');
        const button = () => deepFind('[data-field=newExternalClientApp]');
        const old = button();
        if (!manager || !old) throw new Error('No "New External Client App" button.');
        let entered;
        if (how === 'replaced') {
          entered = performance.now();
          manager.replaceNewExternalClientApp();
        } else {
          manager.removeNewExternalClientApp();
          await until(() => !root.querySelector('[data-guide-spotlight]'), 'the spotlight to go with the button');
          await new Promise((resolve) => setTimeout(resolve, awayMs));
          entered = performance.now();
          manager.addNewExternalClientApp();
        }
        // The new button is drawn inside shadow roots a document observer does not see: checked on
        // every frame, timed on the clock rather than by the frame's start (which can precede `entered`).
        const fresh = () => (button() === old ? null : button()?.shadowRoot?.querySelector('button'));
        await untilFrame(() => calloutAt(fresh()), 'the callout at the new button');
        return performance.now() - entered;
      },
      how,
      AWAY_MS,
    );
  } finally {
    await page.close();
  }
}

/** How long the recogniser is given to start on the heavy page (after the page is parsed) and find nothing there. */
const RECOGNISER_START_MS = 300;

/**
 * From the heavy Setup page, where only the recogniser runs, Lightning goes to App Manager in-app
 * (pushState, then the content): milliseconds from its New External Client App button entering the
 * DOM to the first frame with the guide's card drawn, the guide's chunk loaded meanwhile. Timed in
 * the page's own world, which sees the overlay's element enter but not its closed root: the card
 * and its callout are drawn in the task that adds the element.
 * @param {import('../sandbox/browser.mjs').Bench} bench
 * @returns {Promise<number>}
 */
export async function inAppArrival(bench) {
  const page = await bench.newPage();
  try {
    await page.bringToFront();
    await page.goto(HEAVY_SETUP.url, { waitUntil: ['load', 'networkidle0'] });
    await new Promise((resolve) => setTimeout(resolve, RECOGNISER_START_MS));
    if (await page.$('oauth-guide-overlay')) throw new Error('The guide showed on the heavy page, outside the journey.');
    return await page.evaluate(
      (href, timeoutMs) =>
        new Promise((resolve, reject) => {
          /** The first match of `selector` through open (or synthetic) shadow roots under `root`. */
          const deepFind = (selector, root) => {
            for (const element of root.querySelectorAll('*')) {
              if (element.matches(selector)) return element;
              const inner = element.shadowRoot && deepFind(selector, element.shadowRoot);
              if (inner) return inner;
            }
            return null;
          };
          // App Manager's page component, then its New External Client App button as drawn
          // (docs/bench.md): looked for inside the component only, not through the heavy page.
          const button = () => {
            const manager = document.querySelector('c-app-manager');
            const host = manager?.shadowRoot && deepFind('[data-field=newExternalClientApp]', manager.shadowRoot);
            return host?.shadowRoot?.querySelector('button') ?? null;
          };
          let entered;
          const check = () => {
            entered ??= button() ? performance.now() : undefined;
            if (entered === undefined || !document.querySelector('oauth-guide-overlay')) return false;
            observer.disconnect();
            clearTimeout(timer);
            requestAnimationFrame(() => resolve(performance.now() - entered));
            return true;
          };
          // The button's own shadow root fills in apart from the document: look each frame too.
          const frame = () => check() || requestAnimationFrame(frame);
          const observer = new MutationObserver(check);
          observer.observe(document.documentElement, { childList: true, subtree: true });
          const timer = setTimeout(() => {
            observer.disconnect();
            reject(new Error('No guide on App Manager after the in-app navigation.'));
          }, timeoutMs);
          document.dispatchEvent(new CustomEvent('setupnavigate', { detail: { href } }));
          requestAnimationFrame(frame);
        }),
      APP_MANAGER,
      TIMEOUT_MS,
    );
  } finally {
    await page.close();
  }
}

/**
 * Lightning draws the External Client App form (its page component mounted afresh, as when the
 * admin arrives): milliseconds from its App Name field entering the DOM to a frame with the callout at it.
 */
async function formArrival(bench) {
  const page = await openGuided(bench, ECA_FORM);
  try {
    return await page.evaluate(async () => {
      const { root, until, untilFrame, calloutAt, nextFrame, deepFind } = /** @type {any} */ (globalThis).benchProbe;
      const host = document.querySelector('[data-lwc-page]');
      if (!host) throw new Error('No form on the page.');
      const fresh = host.cloneNode(false);
      fresh.removeAttribute('data-lwc-mounted');
      host.remove();
      await until(() => !root.querySelector('[data-guide-spotlight]'), 'the spotlight to go with the form');
      document.querySelector('.ecaCreatePage').append(fresh);
      const appName = () => deepFind('[data-field="appName"] input');
      const entered = await untilFrame(appName, 'the App Name field');
      await untilFrame(() => calloutAt(appName()), 'the callout at App Name');
      return (await nextFrame()) - entered;
    });
  } finally {
    await page.close();
  }
}
