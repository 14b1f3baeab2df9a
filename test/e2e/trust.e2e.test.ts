// Hostile scripts on hosts the extension trusts (docs/security.md): a third-party script in
// Marketo's admin application, an XSS, another page of the org. Each test is the attack, run from
// the page's own world (page.evaluate), next to the same step done by the admin where the refusal
// alone could pass for a broken feature.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { launchBench, type Bench } from '../sandbox/browser.mjs';
import { cardElement, cardPart, clickCard, guideRoot, waitForCardReport } from '../sandbox/guide-card.mjs';
import { clearStorage, storedState } from './helpers';
import { KEY, SECRET, SYNC_PAGE, seedExtension, waitForGuideTitle } from './marketo-helpers';

/** Whether Marketo's Consumer Key and Secret fields hold the held credentials (booleans only). */
function marketoFieldsHold(page: Page): Promise<[boolean, boolean]> {
  return page.$$eval(
    '.mkt-sfdc-sync input.x-form-field',
    (inputs, key, secret) => [(inputs[0] as HTMLInputElement).value === key, (inputs[1] as HTMLInputElement).value === secret] as [boolean, boolean],
    KEY,
    SECRET,
  );
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the guide card against scripts of the page it is on', () => {
  let bench: Bench;
  let page: Page;
  beforeAll(async () => {
    bench = await launchBench({ popupBlocking: true });
  });
  afterAll(() => bench?.close());
  beforeEach(async () => {
    await page?.close();
    await clearStorage(bench);
    await seedExtension(bench);
    page = await bench.newPage();
    await page.goto(SYNC_PAGE);
    await waitForGuideTitle(page, 'Before you connect');
    await cardElement(page, '[data-guide-action="fill"]');
  });

  it('keeps its shadow root closed: a page script finds neither the card nor its buttons', async () => {
    const seen = await page.evaluate(() => {
      const host = document.querySelector('oauth-guide-overlay');
      const deep = [...document.querySelectorAll('*')].some((element) => element.shadowRoot?.querySelector('[data-guide-action]'));
      return { host: host !== null, root: host?.shadowRoot ?? null, deep, text: document.body.innerText.includes('Fill key and secret') };
    });
    expect(seen).toEqual({ host: true, root: null, deep: false, text: false });
  });

  it("runs nothing for a page script's clicks, synthetic mouse events or keys, at the button's very spot", async () => {
    const fill = await cardElement(page, '[data-guide-action="fill"]');
    const allow = await cardElement(page, '[data-guide-action="allow-popups"]');
    const points = await Promise.all([fill.clickablePoint(), allow.clickablePoint()]);
    await page.evaluate((points) => {
      for (const { x, y } of points) {
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
      }
    }, points);
    await pause(800);
    expect(await marketoFieldsHold(page)).toEqual([false, false]);
    expect((await storedState(bench)).progress?.popups).toBe('blocked');
    expect(await cardPart(page, 'report')).toBe('');
    // The admin's own click on the same button fills both fields.
    await clickCard(page, '[data-guide-action="fill"]');
    await waitForCardReport(page);
    expect(await marketoFieldsHold(page)).toEqual([true, true]);
  });

  it('refuses the admin\'s click while page CSS makes the card transparent over a decoy', async () => {
    const fill = await cardElement(page, '[data-guide-action="fill"]');
    const { x, y } = await fill.clickablePoint();
    await page.evaluate(({ x, y }) => {
      const style = document.createElement('style');
      style.textContent = 'oauth-guide-overlay { opacity: 0 !important; }';
      document.head.append(style);
      const decoy = document.createElement('button');
      decoy.textContent = 'Claim your prize';
      Object.assign(decoy.style, { position: 'fixed', left: `${x - 60}px`, top: `${y - 15}px`, width: '120px', height: '30px', zIndex: '1' });
      document.body.append(decoy);
    }, { x, y });
    await pause(300);
    await page.mouse.click(x, y);
    await waitForCardReport(page);
    expect(await cardPart(page, 'report')).toContain('Nothing was done');
    expect(await marketoFieldsHold(page)).toEqual([false, false]);
  });

  it("refuses the admin's click through a decoy laid over the card that lets clicks pass", async () => {
    const fill = await cardElement(page, '[data-guide-action="fill"]');
    const { x, y } = await fill.clickablePoint();
    await page.evaluate(() => {
      const cover = document.createElement('div');
      cover.textContent = 'Click to continue';
      Object.assign(cover.style, { position: 'fixed', inset: '0', background: 'white', pointerEvents: 'none', zIndex: '2147483647' });
      document.documentElement.append(cover);
    });
    // IntersectionObserver v2 judges at most every 100 ms.
    await pause(300);
    await page.mouse.click(x, y);
    await pause(600);
    expect(await marketoFieldsHold(page)).toEqual([false, false]);
    expect(await (await guideRoot(page))!.evaluate((root) => root.querySelector('[data-guide-report]')!.textContent)).toContain('Nothing was done');
  });

  it('is not pressed by a page that hides the card or moves it off screen', async () => {
    const fill = await cardElement(page, '[data-guide-action="fill"]');
    const { x, y } = await fill.clickablePoint();
    for (const css of ['visibility: hidden !important', 'display: block !important; transform: translateX(-5000px) !important']) {
      await page.evaluate((css) => {
        document.getElementById('attack-style')?.remove();
        const style = document.createElement('style');
        style.id = 'attack-style';
        style.textContent = `oauth-guide-overlay { ${css} }`;
        document.head.append(style);
      }, css);
      await pause(300);
      await page.mouse.click(x, y);
      await pause(300);
      expect(await marketoFieldsHold(page)).toEqual([false, false]);
    }
  });
});
