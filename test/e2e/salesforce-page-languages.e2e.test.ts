// Salesforce's pages as an org in another language shows them, to a browser in English: the guide
// reads each page with the page's own language (<html lang>), and where it has no words for it
// (German: see docs/pages.md) it works by ids and structure, and says in words what it cannot do.
// - The classic Connected App form in English, Swedish and German, its label cells without `for`
//   in the two translated ones and PKCE ticked as Salesforce ticks it: filled, then saved, and
//   judged by what the form sent; the page's console stays clean while the guide fills, under a
//   Content Security Policy that refuses javascript: URLs (the list box's Add link is one).
// - The consumer details at an address the code has never seen: captured by what they show.
// - App Manager in German: the guide still speaks, in words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { collectConsole, launchBench, type Bench } from '../sandbox/browser.mjs';
import { SCOPES } from '../sandbox/salesforce-pages.mjs';
import { savedApps, seedApp } from '../sandbox/salesforce-state.mjs';
import { clearStorage, storedState, waitForProgress } from './helpers';
import { APP_NAME, CONTACT_EMAIL, cardText, runGuideAction, setOptions, spotlightBox, waitForCard } from './salesforce-helpers';

const CALLBACK = 'https://app.marketo.com/salesforce/getSfdcOAuthTokensRedirect';
const CLASSIC = 'acme.my.salesforce.com';
const FORM = `https://${CLASSIC}/app/mgmt/forceconnectedapps/forceAppEdit.apexp`;

/**
 * Scrolls to a submit button, lets the guide's card follow the scroll (it moves within a frame or
 * two, clear of the button), then clicks it as the admin does and waits for the page it posts to.
 */
async function clickWhenSettled(page: Page, selector: string): Promise<void> {
  await page.$eval(selector, (button) => button.scrollIntoView({ block: 'center' }));
  await new Promise((resolve) => setTimeout(resolve, 300));
  await Promise.all([page.waitForNavigation(), page.click(selector)]);
}

describe('Salesforce pages in the org language', () => {
  let bench: Bench;
  beforeAll(async () => {
    bench = await launchBench();
  });
  afterAll(() => bench?.close());

  it.each([
    ['en', 'Save'],
    ['sv', 'Spara'],
    ['de', 'Speichern'],
  ] as const)('fills the classic Connected App form (%s) and the form sends what the recipe says', async (lang, save) => {
    await clearStorage(bench);
    await setOptions(bench);
    const page = await bench.newPage();
    await page.setCookie({ name: 'sandbox-variant', value: `${lang},pkce-on`, url: `https://${CLASSIC}` });
    const response = await page.goto(FORM);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(await page.$eval('html', (html) => html.lang)).toBe(lang);
    if (lang !== 'en') expect(await page.$('th.labelCol label[for]')).toBeNull();
    await waitForCard(page, 'Create the Connected App');

    const console = collectConsole(page);
    const report = await runGuideAction(page, 'fill');
    // Everything found: by ids and structure, and the secret boxes by their words (German: the
    // bench's own words, assumed; without them the report names those boxes, unit:fallbacks).
    expect(report).toContain('click Save');
    expect(report).not.toContain('fill by hand');
    expect(await page.$eval('[id$=":pkceSection:pkce"]', (box) => (box as HTMLInputElement).checked)).toBe(false);
    expect(console.errors()).toEqual([]);
    console.stop();

    await clickWhenSettled(page, `input[type=submit][value="${save}"][id$="bottom:save"]`);
    const [app] = savedApps(bench.sandbox).slice(-1);
    expect({ ...app, id: undefined, consumerKey: undefined, consumerSecret: undefined }).toEqual({
      kind: 'connected-app',
      name: APP_NAME,
      email: CONTACT_EMAIL,
      callbackUrl: CALLBACK,
      scopes: SCOPES.map((scope) => scope.token),
      pkce: false,
      requireSecretForWebServerFlow: true,
      requireSecretForRefreshTokenFlow: true,
      flowsEnabled: [],
      org: 'acme',
      id: undefined,
      consumerKey: undefined,
      consumerSecret: undefined,
    });
    await page.close();
  });

  it('points at the next click on the saved page of a German org, whose Continue it has no word for', async () => {
    await clearStorage(bench);
    await setOptions(bench);
    const page = await bench.newPage();
    await page.setCookie({ name: 'sandbox-variant', value: 'de', url: `https://${CLASSIC}` });
    await page.goto(FORM);
    await waitForCard(page, 'Create the Connected App');
    await runGuideAction(page, 'fill');
    await clickWhenSettled(page, '[id$="bottom:save"]');
    await waitForCard(page, 'Saved');
    // The spotlight is on Weiter (Continue), found as the page's only submit button.
    const spot = await spotlightBox(page);
    const next = await page.$eval('input[type=submit][value="Weiter"]', (button) => {
      const { x, y, width, height } = button.getBoundingClientRect();
      return { x, y, width, height };
    });
    expect(Boolean(spot) && spot!.x <= next.x && spot!.y <= next.y && spot!.x + spot!.width >= next.x + next.width && spot!.y + spot!.height >= next.y + next.height).toBe(true);
    await page.close();
  });

  it.each(['en', 'de'] as const)('captures the consumer details at an address it has never seen (%s)', async (lang) => {
    await clearStorage(bench);
    const app = seedApp(bench.sandbox, 'acme', { kind: 'connected-app', name: APP_NAME, callbackUrl: CALLBACK });
    const page = await bench.newPage();
    const console = collectConsole(page);
    await page.setCookie({ name: 'sandbox-variant', value: lang, url: `https://${CLASSIC}` });
    await page.goto(`https://${CLASSIC}/app/mgmt/forceconnectedapps/forceAppConsumerKeySecret.apexp?applicationId=${app.id}`);
    await waitForCard(page, 'Key and secret captured');
    const state = await storedState(bench);
    // Compared, never printed.
    expect(state.progress?.consumerKey === app.consumerKey).toBe(true);
    expect(state.hasSecret).toBe(true);
    expect(console.errors()).toEqual([]);
    await page.close();
  });

  it('speaks on App Manager in German, in words where it cannot point', async () => {
    await clearStorage(bench);
    await setOptions(bench);
    const page = await bench.newPage();
    await page.setCookie({ name: 'sandbox-variant', value: 'de', url: 'https://acme.lightning.force.com' });
    await page.goto('https://acme.lightning.force.com/lightning/setup/NavigationMenus/home');
    await waitForCard(page, 'Create an External Client App');
    expect(await cardText(page, 'body')).toContain('New External Client App');
    // No German word for the button: no spotlight on a guess.
    expect(await spotlightBox(page)).toBeNull();
    await waitForProgress(bench, (progress) => progress.seen['sf-app-manager'] !== undefined);
    await page.close();
  });
});
