// Hostile scripts on hosts the extension trusts (docs/security.md), in Firefox ESR: the attacks of
// trust.e2e.test.ts whose defence works differently there, each next to the admin's own step where
// a refusal alone could pass for a broken feature. One browser for the file.
//
// - Clicks: a page script's clicks, mouse events and keys at the card's buttons run nothing; the
//   admin's click does.
// - A field planted in Marketo's page gets nothing from the fill.
// - A sandboxed frame on a console host (opaque origin "null", the console's address): Firefox
//   ESR 153 reports `sender.origin` as Chrome does ("null" there), and the background refuses the
//   frame by it. The content scripts also stand down in such a frame themselves
//   (lib/sandboxed-document.ts), for releases that may not report it: the tests hear every message
//   the extension receives (in the popup) and assert that the frame sends none, so they fail when
//   that guard is taken out, though the background alone would still refuse.
// - A page of the org that pushState-s to the consumer details address and draws its ids.
//
// Not run here: the cover that lets clicks through (pointer-events: none). Firefox has no
// IntersectionObserver v2, so the card cannot see it, and a test would only show it failing
// (docs/security.md).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { launchFirefoxBench, type FirefoxBench } from '../sandbox/firefox.mjs';
import { seedApp } from '../sandbox/salesforce-state.mjs';
import { cardElement, cardPart, clickCard, waitForCard, waitForCardReport } from '../sandbox/guide-card.mjs';
import { KEY, SECRET, SYNC_PAGE, SYNC_USER, marketoFieldsHold, plantSecretField, plantedFieldEmpty, waitForGuideTitle } from './marketo-helpers';
import { waitForProgressIn } from './helpers';
import { APP_NAME, CONTACT_EMAIL } from './salesforce-helpers';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let bench: FirefoxBench;
/** The popup in a tab: the test reads and seeds the extension's storage there. */
let popup: Page;

beforeAll(async () => {
  bench = await launchFirefoxBench();
  popup = await bench.openPopup();
  // What the content scripts send to the extension reaches every extension page, the popup too:
  // heard there, by frame address, with the browser's own account of the sender's origin.
  await popup.evaluate(() => {
    const heard: Array<{ url: string; origin: string | undefined; kind: string }> = [];
    (globalThis as any).heard = heard;
    browser.runtime.onMessage.addListener((message: unknown, sender: { url?: string; origin?: string }) => {
      heard.push({ url: sender.url ?? '', origin: sender.origin, kind: String((message as { kind?: unknown })?.kind) });
      return undefined;
    });
  });
}, 90_000);
afterAll(() => bench?.close());

beforeEach(async () => {
  // A fresh install with the options set, and the key and secret pasted in the popup.
  const pasted = await popup.evaluate(async (settings, key, secret) => {
    await browser.storage.local.clear();
    await browser.storage.session.clear();
    await browser.storage.local.set({ settings });
    return browser.runtime.sendMessage({ kind: 'paste-credentials', key, secret });
  }, { version: 1, appName: APP_NAME, contactEmail: CONTACT_EMAIL, salesforceOrigin: '', marketoOrigin: '', syncUserName: SYNC_USER, pkce: false, keepSecret: false }, KEY, SECRET);
  if (!(pasted as { ok: boolean }).ok) throw new Error('pasting the test credentials was refused');
  await popup.evaluate(() => ((globalThis as any).heard.length = 0));
});

/** The messages the extension received from frames at an address containing `urlPart`. */
function heardFrom(urlPart: string): Promise<Array<{ origin: string | undefined; kind: string }>> {
  return popup.evaluate(
    (part) => ((globalThis as any).heard as Array<{ url: string; origin: string | undefined; kind: string }>).filter((entry) => entry.url.includes(part)).map(({ origin, kind }) => ({ origin, kind })),
    urlPart,
  );
}

/** What the extension holds (booleans and names, never the key or secret). */
async function held(): Promise<{ key: boolean; source: string | undefined; secret: boolean; progress: Record<string, any> }> {
  return popup.evaluate(async (key) => {
    const progress = ((await browser.storage.local.get('progress')).progress ?? {}) as Record<string, any>;
    const { consumerKey: _key, ...rest } = progress;
    return {
      key: progress.consumerKey === key,
      source: progress.credentialSource as string | undefined,
      secret: typeof (await browser.storage.session.get('secret')).secret === 'string',
      progress: rest,
    };
  }, KEY);
}

async function marketoWithCard(): Promise<Page> {
  const page = await bench.newPage();
  await page.goto(SYNC_PAGE);
  await waitForGuideTitle(page, 'Before you connect');
  await cardElement(page, '[data-guide-action="fill"]');
  return page;
}

describe('in Firefox ESR, the guide against scripts of the page it is on', () => {
  it("runs nothing for a page script's clicks, synthetic mouse events or keys, at the button's very spot; the admin's click fills", async () => {
    const page = await marketoWithCard();
    const fill = await cardElement(page, '[data-guide-action="fill"]');
    const point = await fill.clickablePoint();
    const reached = await page.evaluate(({ x, y }) => {
      // What the page can reach at the button's spot is the host element, never the button.
      const hit = document.elementFromPoint(x, y) as HTMLElement;
      hit.click();
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
        hit.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y }));
      }
      hit.focus();
      for (const key of ['Tab', 'Enter', ' ']) {
        for (const type of ['keydown', 'keypress', 'keyup']) document.activeElement?.dispatchEvent(new KeyboardEvent(type, { key, bubbles: true, composed: true }));
      }
      return { host: hit.localName, root: hit.shadowRoot };
    }, point);
    expect(reached).toEqual({ host: 'oauth-guide-overlay', root: null });
    await pause(800);
    expect(await marketoFieldsHold(page)).toEqual([false, false]);
    expect(await cardPart(page, 'report')).toBe('');
    await clickCard(page, '[data-guide-action="fill"]');
    await waitForCardReport(page);
    expect(await marketoFieldsHold(page)).toEqual([true, true]);
    await page.close();
  });

  it('fills nothing into a field a page script planted, and Marketo\'s own form', async () => {
    const page = await marketoWithCard();
    await plantSecretField(page);
    await clickCard(page, '[data-guide-action="fill"]');
    await waitForCardReport(page);
    expect(await plantedFieldEmpty(page)).toBe(true);
    expect(await marketoFieldsHold(page)).toEqual([true, true]);
    await page.close();
  });
});

describe('in Firefox ESR, capture and facts against frames and scripts of the org', () => {
  it('takes no key and secret from a sandboxed frame at the consumer details address, framed by Setup', async () => {
    // A real app of the org, whose details the frame shows: only the frame's origin is wrong.
    const app = seedApp(bench.sandbox, 'acme', { kind: 'connected-app', name: 'Other App' });
    const page = await bench.newPage();
    await page.goto('https://acme.lightning.force.com/lightning/setup/NavigationMenus/home');
    await waitForCard(page, 'Create an External Client App');
    await page.evaluate((id) => {
      const frame = document.createElement('iframe');
      frame.sandbox.add('allow-scripts');
      frame.src = `https://acme.my.salesforce.com/app/mgmt/forceconnectedapps/forceAppConsumerDetails.apexp?applicationId=${id}`;
      frame.style.cssText = 'width:800px;height:400px';
      document.body.append(frame);
    }, app.id);
    const framed = await waitForFrame(page, 'forceAppConsumerDetails.apexp');
    await framed.waitForSelector('[id$=":consumerKey"]');
    await pause(2000);
    const { progress: _progress, ...kept } = await held();
    expect(kept).toEqual({ key: true, source: 'pasted', secret: true });
    // Nor does it draw a card there ("Key and secret captured" would be a lie in a frame whose
    // framer controls what it shows): the content script stands down in an opaque origin.
    expect(await framed.evaluate(() => ({ origin: self.origin, card: document.querySelector('oauth-guide-overlay') !== null }))).toEqual({ origin: 'null', card: false });
    // It asks nothing at all: the content script stands down in an opaque origin, whatever the
    // browser would tell the background.
    expect(await heardFrom('forceAppConsumerDetails.apexp')).toEqual([]);
    // The same page, not sandboxed, is captured: the refusal is the sandbox's doing.
    const tab = await bench.newPage();
    await tab.goto(`https://acme.my.salesforce.com/app/mgmt/forceconnectedapps/forceAppConsumerDetails.apexp?applicationId=${app.id}`);
    await waitForCard(tab, 'Key and secret captured');
    expect((await held()).source).toBe('captured');
    // Heard from there, with the origin Firefox reports for the sender.
    expect(await heardFrom('forceAppConsumerDetails.apexp')).toContainEqual({ origin: 'https://acme.my.salesforce.com', kind: 'captured' });
    await tab.close();
    await page.close();
  });

  it("takes no facts from a sandboxed frame of Marketo's admin application framed by another site", async () => {
    // Setup frames Marketo's sync page, sandboxed: framed by another host, the admin application's
    // facts would count (isMarketoAdminApp), were the frame's origin not opaque.
    const page = await bench.newPage();
    await page.goto('https://acme.lightning.force.com/lightning/setup/NavigationMenus/home');
    await waitForCard(page, 'Create an External Client App');
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.sandbox.add('allow-scripts');
      frame.src = src;
      frame.style.cssText = 'width:1000px;height:700px';
      document.body.append(frame);
    }, SYNC_PAGE);
    const framed = await waitForFrame(page, '#SF0A1');
    await framed.waitForSelector('.mkt-sfdc-sync');
    await pause(2000);
    const { progress, ...kept } = await held();
    expect(kept).toEqual({ key: true, source: 'pasted', secret: true });
    expect({ marketoHost: progress.hosts?.marketo, syncPage: progress.seen?.['mkto-sync-page'] }).toEqual({ marketoHost: undefined, syncPage: undefined });
    expect(await framed.evaluate(() => ({ origin: self.origin, card: document.querySelector('oauth-guide-overlay') !== null }))).toEqual({ origin: 'null', card: false });
    expect(await heardFrom('app-ab12.marketo.com')).toEqual([]);
    // The same page in a tab of its own is Marketo's: its facts count and the card is drawn.
    const tab = await bench.newPage();
    await tab.goto(SYNC_PAGE);
    await waitForGuideTitle(tab, 'Before you connect');
    // The card is drawn before the background has stored what the page reported.
    await waitForProgressIn(async () => (await held()).progress, (progress) => typeof progress.seen?.['mkto-sync-page'] === 'number');
    expect((await heardFrom('app-ab12.marketo.com')).length).toBeGreaterThan(0);
    await tab.close();
    await page.close();
  });

  it.each([
    ['a Lightning page of the org', 'https://acme.lightning.force.com/lightning/setup/NavigationMenus/home'],
    ['a classic Connected Apps page on the classic Setup host', 'https://acme.my.salesforce.com/app/mgmt/forceconnectedapps/forceAppEdit.apexp'],
  ])('takes no key and secret from %s that pushState-s to the consumer details path and draws its ids', async (_name, url) => {
    const page = await bench.newPage();
    await page.goto(url);
    await page.waitForSelector('oauth-guide-overlay');
    await page.evaluate(() => {
      history.pushState(null, '', '/app/mgmt/forceconnectedapps/forceAppConsumerDetails.apexp?applicationId=0xI000000000001');
      const box = document.createElement('div');
      box.innerHTML = '<span id="j_id0:oauthConsumerSection:consumerKeySection:consumerKey"></span><span id="j_id0:consumerSecretSection:consumerSecret"></span>';
      box.children[0].textContent = `3MVG9${'Forged_Key.'.repeat(8)}`;
      box.children[1].textContent = 'F0'.repeat(32);
      document.body.append(box);
    });
    await pause(2000);
    const { progress: _progress, ...kept } = await held();
    expect(kept).toEqual({ key: true, source: 'pasted', secret: true });
    await page.close();
  });
});

/** The frame of `page` whose address contains `urlPart`, once there. */
async function waitForFrame(page: Page, urlPart: string) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const frame = page.frames().find((candidate) => candidate.url().includes(urlPart));
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error(`no frame at ${urlPart}; frames: ${page.frames().map((f) => f.url()).join(', ')}`);
    await pause(100);
  }
}
