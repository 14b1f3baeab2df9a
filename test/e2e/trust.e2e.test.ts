// Hostile scripts on hosts the extension trusts (docs/security.md): a third-party script in
// Marketo's admin application, an XSS, another page of the org. Each test is the attack, run from
// the page's own world (page.evaluate), next to the same step done by the admin where the refusal
// alone could pass for a broken feature.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { launchBench, type Bench } from '../sandbox/browser.mjs';
import { cardElement, cardPart, clickCard, guideRoot, waitForCardReport } from '../sandbox/guide-card.mjs';
import { seedApp } from '../sandbox/salesforce-state.mjs';
import { clearStorage, storedState } from './helpers';
import { KEY, SYNC_PAGE, marketoFieldsHold, plantSecretField, plantedFieldEmpty, seedExtension, seededBench, waitForGuideTitle } from './marketo-helpers';

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
    // Moved off screen, the button can still take the keyboard: the admin's own Enter reaches it,
    // and the card refuses because the admin cannot see what they pressed.
    await fill.focus();
    await page.keyboard.press('Enter');
    await pause(300);
    expect(await marketoFieldsHold(page)).toEqual([false, false]);
    expect(await cardPart(page, 'report')).toContain('Nothing was done');
  });
});

describe('what the content scripts tell a page when they start', () => {
  const bench = seededBench();

  // A page script hears every message posted to its window: from the content script's start it
  // would learn the extension's id, and the event name by which a script replaces an older copy of
  // itself. Replaying that event is the attack: the guide must stay.
  it.each([
    ['Setup (a content script declared in the manifest)', 'https://acme.lightning.force.com/lightning/setup/NavigationMenus/home'],
    ["Marketo's Sync with Salesforce (injected by the background in Chrome)", SYNC_PAGE],
  ])('posts nothing to the page, and a page replaying what it could hear does not stop the guide: %s', async (_name, url) => {
    const page = await bench().newPage();
    await page.evaluateOnNewDocument(() => {
      const heard: unknown[] = [];
      Object.defineProperty(window, 'heardMessages', { value: heard });
      window.addEventListener('message', (event) => heard.push(event.data), true);
    });
    await page.goto(url);
    await cardElement(page, '[data-guide-title]');
    const heard = await page.evaluate(() => JSON.stringify((window as unknown as { heardMessages: unknown[] }).heardMessages));
    expect(heard.includes(bench().extensionId!)).toBe(false);
    // The event by which WXT's context stopped a script, as a page would send it.
    await page.evaluate((extensionId) => {
      for (const name of ['salesforce', 'marketo']) {
        document.dispatchEvent(new CustomEvent(`${extensionId}:${name}:wxt:content-script-started`, { detail: { contentScriptName: name, messageId: 'page' } }));
      }
    }, bench().extensionId);
    await pause(500);
    expect(await guideRoot(page)).not.toBeNull();
    expect(await cardPart(page, 'title')).not.toBe('');
    await page.close();
  });
});

/** A key and secret of the right shape that are not the admin's. */
const FORGED_KEY = `3MVG9${'Forged_Key.'.repeat(8)}`;
const FORGED_SECRET = 'F0'.repeat(32);

/** Whether the extension still holds the admin's own key and secret (booleans, never values). */
async function holdsTheAdminsCredentials(bench: Bench): Promise<{ key: boolean; source: string | undefined; secret: boolean }> {
  const { progress, hasSecret } = await storedState(bench);
  return { key: progress?.consumerKey === KEY, source: progress?.credentialSource, secret: hasSecret };
}

const CONSUMER_PATH = '/app/mgmt/forceconnectedapps/forceAppConsumerDetails.apexp';

/** In the page's own world: the address moves to the consumer details path, and the page draws its ids. */
function forgeConsumerDetails(page: Page): Promise<void> {
  return page.evaluate(
    (key, secret, path) => {
      history.pushState(null, '', `${path}?applicationId=0xI000000000001`);
      const box = document.createElement('div');
      box.innerHTML = '<span id="j_id0:oauthConsumerSection:consumerKeySection:consumerKey"></span><span id="j_id0:consumerSecretSection:consumerSecret"></span>';
      box.children[0].textContent = key;
      box.children[1].textContent = secret;
      document.body.append(box);
    },
    FORGED_KEY,
    FORGED_SECRET,
    CONSUMER_PATH,
  );
}

describe('capture against scripts on pages of the org', () => {
  const bench = seededBench();

  it.each([
    ['a Lightning page of the org', 'https://acme.lightning.force.com/lightning/setup/NavigationMenus/home'],
    ['a classic Connected Apps page on the classic Setup host', 'https://acme.my.salesforce.com/app/mgmt/forceconnectedapps/forceAppEdit.apexp'],
  ])('takes no key and secret from %s that pushState-s to the consumer details path and draws its ids', async (_name, url) => {
    const page = await bench().newPage();
    await page.goto(url);
    // The extension runs there, and follows in-page navigations.
    await page.waitForSelector('oauth-guide-overlay');
    await forgeConsumerDetails(page);
    await pause(2000);
    expect(await holdsTheAdminsCredentials(bench())).toEqual({ key: true, source: 'pasted', secret: true });
    await page.close();
  });

  it('does take them, within the same wait, from the consumer details page loaded at its own address (the control)', async () => {
    const app = seedApp(bench().sandbox, 'acme', { kind: 'connected-app', name: 'Another app' });
    const page = await bench().newPage();
    await page.goto(`https://acme.my.salesforce.com${CONSUMER_PATH}?applicationId=${app.id}`);
    await pause(2000);
    expect(await holdsTheAdminsCredentials(bench())).toEqual({ key: false, source: 'captured', secret: true });
    await page.close();
  });
});

describe("customer pages on Marketo's app host", () => {
  const bench = seededBench();

  it.each([
    ['a landing page (/lp/)', 'https://app-ab12.marketo.com/lp/123-ABC-456/sync.html'],
    ['a customer file (/rs/)', 'https://app-ab12.marketo.com/rs/123-ABC-456/images/sync.html'],
    ['a /rs/ page that moves its address to the admin app with pushState', 'https://app-ab12.marketo.com/rs/123-ABC-456/images/sync.html?move-to-admin'],
  ])('%s saying "Consumer Key" and "Sync in Progress" neither ends the journey nor deletes the secret', async (_name, url) => {
    const page = await bench().newPage();
    await page.goto(url);
    await page.waitForSelector('::-p-text(Sync in Progress)');
    await pause(2000);
    expect(await page.$('oauth-guide-overlay')).toBeNull();
    const { progress, hasSecret } = await storedState(bench());
    expect({ completed: progress?.completedAt !== undefined, running: progress?.seen['mkto-sync-running'] !== undefined, hasSecret }).toEqual({
      completed: false,
      running: false,
      hasSecret: true,
    });
    expect(progress?.hosts.marketo).toBeUndefined();
    await page.close();
  });
});

describe("Marketo's admin application against its own page scripts", () => {
  const bench = seededBench({ popupBlocking: true });

  it("fills Marketo's own form when the admin clicks Fill, and nothing into a field a page script planted", async () => {
    const page = await bench().newPage();
    await page.goto(SYNC_PAGE);
    await waitForGuideTitle(page, 'Before you connect');
    await plantSecretField(page);
    await clickCard(page, '[data-guide-action="fill"]');
    await waitForCardReport(page);
    expect(await plantedFieldEmpty(page)).toBe(true);
    expect(await marketoFieldsHold(page)).toEqual([true, true]);
    await page.close();
  });

  it('does not count pop-ups as allowed when Marketo says its window was blocked in words the extension does not know', async () => {
    const page = await bench().newPage();
    await page.goto(SYNC_PAGE);
    await waitForGuideTitle(page, 'Before you connect');
    await clickCard(page, '[data-guide-action="fill"]');
    await waitForCardReport(page);
    await page.locator('table.x-btn button.x-btn-text::-p-text(Save)').click();
    await waitForGuideTitle(page, 'Click Login with Salesforce');
    expect((await storedState(bench())).progress?.popups).toBe('blocked');
    // A blocker stops the window, and Marketo says so in a language whose words the guide lacks.
    await page.evaluate(() => {
      window.open = () => null;
      const message = document.querySelector('.mkt-popup-blocked')!;
      message.textContent = 'Votre navigateur a bloqué la fenêtre Salesforce. Autorisez les fenêtres pop-up.';
    });
    await page.locator('table.x-btn button.x-btn-text::-p-text(Login with Salesforce)').click();
    await page.waitForSelector('.mkt-popup-blocked:not([hidden])');
    await pause(2500);
    expect((await storedState(bench())).progress?.popups).toBe('blocked');
    expect((await storedState(bench())).progress?.seen['mkto-popup-opened']).toBeUndefined();
    await page.close();
  });
});
