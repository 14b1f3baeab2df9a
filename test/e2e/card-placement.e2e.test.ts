// The guide's card never hides the work (issue 9): on the journey's Salesforce pages, measured with
// the pages' real rectangles, the card covers neither the control it points at, nor the buttons
// beside it, nor the fields its report asks the admin to fix. On a window too small for that it
// shrinks to a chip in a corner, which the admin opens and folds back, by mouse or keyboard.
// In Swedish, where the problem was found (the card sat on the rows it asked the admin to fix).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer';
import { collectConsole, launchBench, type Bench } from '../sandbox/browser.mjs';
import { clearStorage } from './helpers';
import { variantFor } from './replica-state';
import {
  clickGuide,
  focusedGuidePart,
  frameWithGuide,
  guideLayout,
  runGuideAction,
  setOptions,
  spotlightBox,
  waitForCard,
  type Rect,
} from './salesforce-helpers';

type Scope = Page | Frame;

const SETUP = 'https://acme.lightning.force.com';
const APP_MANAGER = `${SETUP}/lightning/setup/NavigationMenus/home`;
const CA_FORM_IN_LIGHTNING = `${SETUP}/lightning/setup/NavigationMenus/page?address=${encodeURIComponent('/app/mgmt/forceconnectedapps/forceAppEdit.apexp')}`;
const WIDE = { width: 1280, height: 800 };
const SMALL = { width: 800, height: 500 };
/** The name an admin typed before asking the guide to fill: the fill leaves it, and says so. */
const OWN_NAME = 'Min egen app';

/**
 * The page's own boxes of what the admin needs, by name (null: not on the page), in the frame's
 * coordinates as the card's are. Selectors may pierce the components' shadow roots (">>>"): the
 * External Client App form is built from Salesforce's components.
 */
async function boxesOf(scope: Scope, selectors: Record<string, string>): Promise<Record<string, Rect | null>> {
  const boxes: Record<string, Rect | null> = {};
  for (const [name, selector] of Object.entries(selectors)) {
    const element = await scope.$(selector);
    boxes[name] = element
      ? await element.evaluate((node) => {
          const { x, y, width, height } = node.getBoundingClientRect();
          return { x, y, width, height };
        })
      : null;
    await element?.dispose();
  }
  return boxes;
}

/** Scrolls a control of the component-built form into view, as the admin scrolls to it. */
async function scrollTo(page: Page, selector: string, block: 'end' | 'center'): Promise<void> {
  const element = await page.$(selector);
  if (!element) throw new Error(`${selector} is not on the page`);
  await element.evaluate((node, where) => node.scrollIntoView({ block: where }), block);
  await element.dispose();
}

const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The names of the boxes the card covers; every box must be on the page. */
function covered(card: Rect, boxes: Record<string, Rect | null>): string[] {
  for (const [name, box] of Object.entries(boxes)) if (!box || box.width === 0) throw new Error(`${name} is not on the page`);
  return Object.entries(boxes)
    .filter(([, box]) => overlap(card, box!))
    .map(([name]) => name);
}

/** Two frames: the overlay places the card on scroll, resize and its own redraws. */
const settled = (scope: Scope) => scope.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

async function shownCard(scope: Scope): Promise<Rect> {
  await settled(scope);
  const layout = await guideLayout(scope);
  expect(layout.cardShown).toBe(true);
  expect(layout.chip).toBeNull();
  // Clear of the work, and still where the admin can read it: inside the window (or its frame).
  const window = await scope.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  const card = layout.card!;
  expect(card.x >= 0 && card.y >= 0 && card.x + card.width <= window.width && card.y + card.height <= window.height).toBe(true);
  return card;
}

describe('the guide card never hides the work', () => {
  let bench: Bench;
  beforeAll(async () => {
    bench = await launchBench({ lang: 'sv' });
  });
  afterAll(() => bench?.close());

  async function swedishPage(viewport: { width: number; height: number }): Promise<Page> {
    await clearStorage(bench);
    await setOptions(bench);
    const page = await bench.newPage();
    await page.setViewport(viewport);
    await page.setCookie({ name: 'sandbox-variant', value: 'sv', url: SETUP });
    return page;
  }

  it('App Manager: the card points at "Ny extern klientapp" and leaves the other New buttons of its group in sight', async () => {
    const page = await swedishPage(WIDE);
    const console = collectConsole(page);
    await page.goto(APP_MANAGER);
    await waitForCard(page, 'Skapa en extern klientapp');
    const boxes = await boxesOf(page, {
      target: '>>> [data-field=newExternalClientApp]',
      'Ny Lightning-app': '>>> [data-field=newLightningApp]',
      'Ny ansluten app': '>>> [data-field=newConnectedApp]',
    });
    const spot = (await spotlightBox(page))!;
    // The spotlight is on the target: the assertions below are about the control the card points at.
    expect(overlap(spot, boxes.target!)).toBe(true);
    expect(covered(await shownCard(page), boxes)).toEqual([]);
    expect(console.errors()).toEqual([]);
    await page.close();
  });

  it('External Client App form after the fill: clear of Skapa and Avbryt, and of the name it left as the admin typed it', async () => {
    const page = await swedishPage(WIDE);
    const console = collectConsole(page);
    await page.goto(APP_MANAGER);
    await waitForCard(page, 'Skapa en extern klientapp');
    await page.locator('lightning-button >>> button::-p-text(Ny extern klientapp)').click();
    await waitForCard(page, 'Skapa den externa klientappen');
    await page.locator('>>> [data-field="appName"] >>> input').fill(OWN_NAME);
    const report = await runGuideAction(page, 'fill');
    expect(report).toContain('Lämnade som du skrev dem (de skiljer sig från Marketos värden): Appnamn.');

    // The admin scrolls to Skapa, the card's target now, with Avbryt beside it.
    await scrollTo(page, '>>> [data-field="create"]', 'end');
    const buttons = { target: '>>> [data-field="create"]', Avbryt: '>>> [data-field="cancel"]' };
    const boxes = await boxesOf(page, buttons);
    expect(covered(await shownCard(page), boxes)).toEqual([]);
    expect(overlap((await spotlightBox(page))!, boxes.target!)).toBe(true);

    // And back up to the name the report asks them to look at.
    await scrollTo(page, '>>> [data-field="appName"]', 'center');
    expect(covered(await shownCard(page), await boxesOf(page, { Appnamn: '>>> [data-field="appName"]' }))).toEqual([]);
    expect(console.errors()).toEqual([]);
    await page.close();
  });

  it('classic Connected App form in Lightning: clear of Spara, Avbryt and the rows it asks the admin to fix (the name, PKCE left ticked)', async () => {
    const page = await swedishPage(WIDE);
    const console = collectConsole(page);
    await page.goto(CA_FORM_IN_LIGHTNING);
    const frame = await frameWithGuide(page, 'forceAppEdit.apexp', 'Skapa den anslutna appen');
    await frame.evaluate((name) => {
      (document.querySelector('[id$=":nameSection:name"]') as HTMLInputElement).value = name;
      // This org keeps PKCE on: the form's own script ticks it when the OAuth section is drawn and
      // refuses to untick it.
      new MutationObserver(() => {
        const pkce = document.querySelector<HTMLInputElement>('[id$=":pkceSection:pkce"]');
        if (!pkce || pkce.dataset.kept) return;
        pkce.dataset.kept = 'yes';
        pkce.checked = true;
        pkce.addEventListener('click', (event) => event.preventDefault());
      }).observe(document.body, { childList: true, subtree: true });
    }, OWN_NAME);
    const report = await runGuideAction(frame, 'fill');
    expect(report).toContain('Lämnade som du skrev dem (de skiljer sig från Marketos värden): Appnamn, PKCE.');
    expect(await frame.$eval('[id$=":pkceSection:pkce"]', (box) => (box as HTMLInputElement).checked)).toBe(true);

    const boxes = await boxesOf(frame, {
      target: '[id$="bottom:save"]',
      Avbryt: '[id$="bottom:cancel"]',
      'Appnamn (fält)': '[id$=":nameSection:name"]',
      'Appnamn (etikett)': '[id$=":nameSection"] > th.labelCol',
      'PKCE (ruta)': '[id$=":pkceSection:pkce"]',
      'PKCE (etikett)': '[id$=":pkceSection"] > th.labelCol',
    });
    expect(overlap((await spotlightBox(frame))!, boxes.target!)).toBe(true);
    expect(covered(await shownCard(frame), boxes)).toEqual([]);
    expect(console.errors()).toEqual([]);
    await page.close();
  });

  it('classic Connected App form: beside the name it points at, the card keeps off the callback URL row it asks the admin to fix', async () => {
    const page = await swedishPage(WIDE);
    const console = collectConsole(page);
    await page.goto(CA_FORM_IN_LIGHTNING);
    const frame = await frameWithGuide(page, 'forceAppEdit.apexp', 'Skapa den anslutna appen');
    // The admin started by hand: OAuth on, a callback URL of their own.
    await frame.click('[id$=":oauth:isOauth"]');
    await frame.locator('[id$=":callbackUrl"]').fill('https://min.example/callback');
    const report = await runGuideAction(frame, 'fill');
    expect(report).toContain('Lämnade som du skrev dem (de skiljer sig från Marketos värden): Återanrops-URL.');

    const boxes = await boxesOf(frame, {
      target: '[id$=":nameSection:name"]',
      'Återanrops-URL (fält)': '[id$=":callbackUrl"]',
      'Återanrops-URL (etikett)': '[id$=":multiCallbackUrlSection"] > th.labelCol',
    });
    // Not Marketo's callback URL yet: the card still points at the form's first field.
    expect(overlap((await spotlightBox(frame))!, boxes.target!)).toBe(true);
    expect(covered(await shownCard(frame), boxes)).toEqual([]);
    expect(console.errors()).toEqual([]);
    await page.close();
  });

  it('External Client App form under native shadow: the spotlight and the card follow Skapa when the form moves it from inside its shadow root', async () => {
    const page = await swedishPage(WIDE);
    await page.setCookie({ name: 'sandbox-variant', value: variantFor('native', 'sv'), url: SETUP });
    const console = collectConsole(page);
    await page.goto(`${SETUP}/lightning/setup/ManageExternalClientApplication/create`);
    await waitForCard(page, 'Skapa den externa klientappen');
    await runGuideAction(page, 'fill');
    await scrollTo(page, '>>> [data-field="create"]', 'end');
    await shownCard(page);
    const before = (await boxesOf(page, { create: '>>> [data-field="create"]' })).create!;
    expect(overlap((await spotlightBox(page))!, before)).toBe(true);

    // The form draws a notice above its buttons inside its own (native) shadow root, where the
    // document's observer sees nothing: no scroll, no resize of Skapa, Skapa simply moves down.
    const create = (await page.$('>>> [data-field="create"]'))!;
    const inShadowRoot = await create.evaluate((button) => {
      const notice = document.createElement('div');
      notice.style.height = '160px';
      button.parentElement!.before(notice);
      return button.getRootNode() instanceof ShadowRoot;
    });
    await create.dispose();
    expect(inShadowRoot).toBe(true);
    const after = (await boxesOf(page, { create: '>>> [data-field="create"]' })).create!;
    expect(after.y - before.y).toBeGreaterThan(100);
    // Within a second the spotlight is on Skapa where it is now (below the window's edge: the
    // admin scrolls there next).
    const onSkapa = async () => {
      const spot = await spotlightBox(page);
      return spot !== null && overlap(spot, after);
    };
    const deadline = Date.now() + 1000;
    while (!(await onSkapa()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await onSkapa()).toBe(true);
    await scrollTo(page, '>>> [data-field="create"]', 'end');
    expect(covered(await shownCard(page), await boxesOf(page, { Skapa: '>>> [data-field="create"]', Avbryt: '>>> [data-field="cancel"]' }))).toEqual([]);
    expect(console.errors()).toEqual([]);
    await page.close();
  });

  it('a small window: the card gives way to a chip, which opens on a click or the keyboard and folds back', async () => {
    const page = await swedishPage(SMALL);
    const console = collectConsole(page);
    await page.goto(`${SETUP}/lightning/setup/ManageExternalClientApplication/create`);
    await waitForCard(page, 'Skapa den externa klientappen');
    await page.locator('>>> [data-field="appName"] >>> input').fill(OWN_NAME);
    await runGuideAction(page, 'fill');
    // Back up to the name the report names: 800×500 has no spot for the card beside it.
    await scrollTo(page, '>>> [data-field="appName"]', 'center');
    await settled(page);
    const name = (await boxesOf(page, { Appnamn: '>>> [data-field="appName"]' })).Appnamn!;

    let layout = await guideLayout(page);
    expect(layout.cardShown).toBe(false);
    expect(layout.chip).not.toBeNull();
    expect(layout.chip!.name).toBe('Öppna guiden: Skapa den externa klientappen');
    expect(layout.chip!.expanded).toBe(false);
    expect(overlap(layout.chip!.box, name)).toBe(false);
    const inWindow = (box: Rect) => box.x >= 0 && box.y >= 0 && box.x + box.width <= SMALL.width && box.y + box.height <= SMALL.height;
    expect(inWindow(layout.chip!.box)).toBe(true);

    await clickGuide(page, 'chip');
    layout = await guideLayout(page);
    expect(layout.cardShown).toBe(true);
    expect(layout.chip!.expanded).toBe(true);
    expect(inWindow(layout.card!)).toBe(true);
    // Opened, it still keeps off the control it points at.
    const target = (await boxesOf(page, { create: '>>> [data-field="create"]' })).create!;
    expect(overlap(layout.card!, target)).toBe(false);
    // Focus went into the card; it folds back with its own button, and focus returns to the chip.
    expect(await focusedGuidePart(page)).toBe('data-guide-collapse');
    await clickGuide(page, 'collapse');
    layout = await guideLayout(page);
    expect(layout.cardShown).toBe(false);
    expect(layout.chip!.expanded).toBe(false);
    expect(await focusedGuidePart(page)).toBe('data-guide-chip');

    // By keyboard: Enter opens it (focus into the card), Shift+Tab reaches the chip again, which
    // folds it; Enter on the card's own button folds it too.
    await page.keyboard.press('Enter');
    expect((await guideLayout(page)).cardShown).toBe(true);
    expect(await focusedGuidePart(page)).toBe('data-guide-collapse');
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    expect(await focusedGuidePart(page)).toBe('data-guide-chip');
    await page.keyboard.press('Enter');
    expect((await guideLayout(page)).cardShown).toBe(false);
    await page.keyboard.press(' ');
    expect((await guideLayout(page)).cardShown).toBe(true);
    await page.keyboard.press('Enter');
    expect((await guideLayout(page)).cardShown).toBe(false);
    expect(await focusedGuidePart(page)).toBe('data-guide-chip');

    // With room again, the card comes back by itself.
    await page.setViewport(WIDE);
    await shownCard(page);
    expect(console.errors()).toEqual([]);
    await page.close();
  });
});
