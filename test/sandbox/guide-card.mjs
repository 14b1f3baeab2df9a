// The guide's card as the tests, the benchmark and the demo see it. The card lives in a closed
// shadow root (components/guide/overlay.ts), out of reach of the page's scripts and so of
// page.evaluate too. In Chromium the browser's accessibility tree reaches into closed roots:
// puppeteer's "aria/" queries (DevTools protocol, Accessibility.queryAXTree) find the card's
// region or its restore button, and the root is that element's getRootNode(). In Firefox, whose
// WebDriver BiDi accessibility locator stays out of shadow trees, BiDi serialises the host with
// its closed root (includeShadowTree: "all"). Clicks go through the protocol's input events, so
// the extension sees them as the admin's (isTrusted).
//
// Every e2e test reaches the card through this module: parts by the overlay's DOM contract
// ([data-guide-title], [data-guide-action="<id>"], ...), actions by a trusted click.

const HOST = 'oauth-guide-overlay';
const POLL_MS = 100;

/** @type {WeakMap<object, import('puppeteer').JSHandle<ShadowRoot>>} */
const roots = new WeakMap();

/**
 * The card's shadow root in `scope` (a page or one of its frames) while the overlay is drawn
 * there, else null. Kept per scope: the overlay keeps one root for the document's lifetime.
 * @param {import('puppeteer').Page | import('puppeteer').Frame} scope
 */
export async function guideRoot(scope) {
  // Asked afresh each time in Firefox: a root kept from a page the tab has left still answers
  // there while Firefox keeps that page in its back-forward cache.
  if (isBidi(scope)) return bidiRoot(scope);
  const known = roots.get(scope);
  if (known) {
    const drawn = await known.evaluate((root) => root.host.isConnected).catch(() => undefined);
    if (drawn !== undefined) return drawn ? known : null;
    roots.delete(scope); // the document went away
  }
  // The card is a named region; once dismissed, only its restore button is left.
  for (const role of ['region', 'button']) {
    const found = await scope.$$(`aria/[role="${role}"]`).catch(() => []);
    if (found.length === 0) continue;
    const root = await scope
      .evaluateHandle((host, ...elements) => elements.map((element) => element.getRootNode()).find((node) => node instanceof ShadowRoot && node.host.localName === host) ?? null, HOST, ...found)
      .catch(() => null);
    await Promise.all(found.map((handle) => handle.dispose()));
    if (root && (await root.evaluate((node) => node !== null))) {
      const shadow = /** @type {import('puppeteer').JSHandle<ShadowRoot>} */ (root);
      roots.set(scope, shadow);
      return shadow;
    }
    await root?.dispose();
  }
  return null;
}

/** @param {import('puppeteer').Page | import('puppeteer').Frame} scope */
function isBidi(scope) {
  const page = 'page' in scope && typeof scope.page === 'function' ? scope.page() : /** @type {import('puppeteer').Page} */ (scope);
  return page.browser().protocol === 'webDriverBiDi';
}

/**
 * The closed root through WebDriver BiDi: script.callFunction serialises the overlay's host with
 * its shadow tree, closed ones included, and the root's shared id becomes a handle. Puppeteer has
 * no public call for these serialisation options, so this reaches its realm's own callFunction.
 * @param {import('puppeteer').Page | import('puppeteer').Frame} scope
 */
async function bidiRoot(scope) {
  const frame = 'mainFrame' in scope ? scope.mainFrame() : scope;
  const realm = /** @type {any} */ (frame).mainRealm();
  const answer = await realm.realm
    .callFunction(`() => document.querySelector(${JSON.stringify(HOST)})`, true, {
      resultOwnership: 'root',
      serializationOptions: { includeShadowTree: 'all', maxDomDepth: 1 },
    })
    .catch(() => null);
  const shadow = answer?.result?.value?.shadowRoot;
  if (!shadow) return null;
  return /** @type {import('puppeteer').JSHandle<ShadowRoot>} */ (realm.createHandle(shadow));
}

/**
 * Runs `fn(root, ...args)` in the page with the card's shadow root; `fallback` when no card.
 * @template T, A
 * @param {import('puppeteer').Page | import('puppeteer').Frame} scope
 * @param {(root: ShadowRoot, ...args: A[]) => T} fn
 * @param {T} fallback
 * @param {A[]} args
 * @returns {Promise<T>}
 */
export async function inCard(scope, fn, fallback, ...args) {
  const root = await guideRoot(scope);
  if (!root) return fallback;
  return /** @type {Promise<T>} */ (root.evaluate(/** @type {any} */ (fn), ...args)).catch(() => fallback);
}

/**
 * The text of a part of the card ('title', 'body', 'report'), '' when not drawn.
 * @param {import('puppeteer').Page | import('puppeteer').Frame} scope
 * @param {'title' | 'body' | 'report'} part
 */
export function cardPart(scope, part) {
  return inCard(scope, (root, selector) => root.querySelector(selector)?.textContent ?? '', '', `[data-guide-${part}]`);
}

/**
 * Whether the card holds an element matching `selector` (e.g. '[data-guide-action="fill"]').
 * @param {import('puppeteer').Page | import('puppeteer').Frame} scope
 * @param {string} selector
 */
export function cardHas(scope, selector) {
  return inCard(scope, (root, wanted) => root.querySelector(wanted) !== null, false, selector);
}

/**
 * Waits until `test(root, ...args)` holds in the page; throws with `what` after `timeout`.
 * @template A
 * @param {import('puppeteer').Page | import('puppeteer').Frame} scope
 * @param {string} what
 * @param {(root: ShadowRoot, ...args: A[]) => boolean} test
 * @param {{ timeout?: number }} options
 * @param {A[]} args
 */
export async function waitForCardState(scope, what, test, { timeout = 20_000 } = {}, ...args) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await inCard(scope, test, false, ...args)) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * Waits until no card is drawn (the overlay drew nothing, or only its restore button is left).
 * @param {import('puppeteer').Page | import('puppeteer').Frame} scope
 */
export async function waitForNoCard(scope, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  while (await cardHas(scope, '[data-guide-card]')) {
    if (Date.now() > deadline) throw new Error(`The card was still drawn after ${timeout} ms.`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * Waits for the card with this title; with `trim`, compared without surrounding whitespace.
 * @param {import('puppeteer').Page | import('puppeteer').Frame} scope
 * @param {string} title
 * @param {{ timeout?: number, trim?: boolean }} options
 */
export async function waitForCard(scope, title, { timeout = 20_000, trim = false } = {}) {
  try {
    await waitForCardState(scope, `the card "${title}"`, (root, wanted, trimmed) => {
      const text = root.querySelector('[data-guide-title]')?.textContent ?? '';
      return (trimmed ? text.trim() : text) === wanted;
    }, { timeout }, title, trim);
  } catch (error) {
    const shown = await cardPart(scope, 'title').catch(() => '(page gone)');
    throw new Error(`the card never read "${title}"; it reads "${shown || '(nothing)'}"`, { cause: error });
  }
}

/**
 * The element of the card matching `selector`, once it is there and enabled.
 * @param {import('puppeteer').Page | import('puppeteer').Frame} scope
 * @param {string} selector
 * @param {number} timeout
 * @returns {Promise<import('puppeteer').ElementHandle<HTMLElement>>}
 */
export async function cardElement(scope, selector, timeout = 15_000) {
  await waitForCardState(scope, `${selector} on the card`, (root, wanted) => {
    const element = root.querySelector(wanted);
    return Boolean(element && !(/** @type {HTMLButtonElement} */ (element).disabled));
  }, { timeout }, selector);
  const root = /** @type {import('puppeteer').JSHandle<ShadowRoot>} */ (await guideRoot(scope));
  return /** @type {any} */ (await root.evaluateHandle((node, wanted) => node.querySelector(wanted), selector));
}

/** How long the card must stay put before a click: Chrome judges its visibility at most every 100 ms. */
const SETTLED_MS = 150;

/**
 * Clicks a part of the card as the admin does: once the card has stopped moving (an admin cannot
 * aim at a moving button either), the mouse at the element (scrolled into view), an input event of
 * the browser's own, which the extension trusts.
 * @param {import('puppeteer').Page | import('puppeteer').Frame} scope
 * @param {string} selector
 */
export async function clickCard(scope, selector) {
  const element = await cardElement(scope, selector);
  const box = () => element.evaluate((node) => JSON.stringify(node.getBoundingClientRect()));
  for (let before = await box(), tries = 0; tries < 50; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, SETTLED_MS));
    const now = await box();
    if (now === before) break;
    before = now;
  }
  await element.click();
  await element.dispose();
}

/**
 * Clicks an action's button and waits for its report; returns the report's text.
 * @param {import('puppeteer').Page | import('puppeteer').Frame} scope
 * @param {string} id
 */
export async function runCardAction(scope, id) {
  await clickCard(scope, `[data-guide-action="${id}"]`);
  await waitForCardReport(scope);
  return cardPart(scope, 'report');
}

/**
 * Waits until the card's report says something.
 * @param {import('puppeteer').Page | import('puppeteer').Frame} scope
 */
export function waitForCardReport(scope, timeout = 15_000) {
  return waitForCardState(scope, "the action's report", (root) => root.querySelector('[data-guide-report] li') !== null, { timeout });
}

/**
 * The spotlight's box while it is drawn, else null.
 * @param {import('puppeteer').Page | import('puppeteer').Frame} scope
 */
export function spotlightBox(scope) {
  return inCard(scope, (root) => {
    const spot = root.querySelector('[data-guide-spotlight]');
    if (!spot) return null;
    const { x, y, width, height } = spot.getBoundingClientRect();
    return { x, y, width, height };
  }, null);
}

/**
 * Waits for the spotlight (the card points at a control).
 * @param {import('puppeteer').Page | import('puppeteer').Frame} scope
 */
export function waitForSpotlight(scope, timeout = 20_000) {
  return waitForCardState(scope, 'the spotlight', (root) => root.querySelector('[data-guide-spotlight]') !== null, { timeout });
}
