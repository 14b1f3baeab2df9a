// Path A in Chromium, as an admin walks it: App Manager → New External Client App → the guide
// fills the form → Create → Settings → Consumer Key and Secret → identity verification → the key
// and secret are captured. On both hosts Setup is served from, with a clean page console.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { collectConsole, launchBench, type Bench } from '../sandbox/browser.mjs';
import { cardHas, inCard, waitForCardState } from '../sandbox/guide-card.mjs';
import { savedApps, seedApp } from '../sandbox/salesforce-state.mjs';
import { checklistItems, clearStorage, screenshot, storedState, waitForProgress } from './helpers';
import { APP_NAME, CONTACT_EMAIL, cardText, nextTab, runGuideAction, setOptions, spotlightBox, verifyIdentity, waitForCard } from './salesforce-helpers';

const CALLBACK = 'https://app.marketo.com/salesforce/getSfdcOAuthTokensRedirect';
const APP_MANAGER = '/lightning/setup/NavigationMenus/home';

/** What the ECA form's components hold, read from their shadow roots. */
function ecaFormValues(page: Page) {
  return page.evaluate(() => {
    const host = (field: string) => document.querySelector(`[data-field="${field}"]`) as any;
    const selected = host('scopes')?.shadowRoot?.querySelectorAll('[data-side=selected] [role=option]').length ?? 0;
    const available = host('scopes')?.shadowRoot?.querySelectorAll('[data-side=source] [role=option]').length ?? -1;
    return {
      name: host('appName')?.value,
      email: host('contactEmail')?.value,
      distribution: host('distributionState')?.value,
      oauth: host('enableOauth')?.checked,
      callback: host('callbackUrl')?.value,
      selected,
      available,
      pkce: host('pkce')?.checked,
      secretWeb: host('requireSecretWebServer')?.checked,
      secretRefresh: host('requireSecretRefresh')?.checked,
      flows: ['flowClientCredentials', 'flowAuthCode', 'flowDevice', 'flowTokenExchange'].filter((f) => host(f)?.checked),
    };
  });
}

describe('External Client App path', () => {
  let bench: Bench;
  beforeAll(async () => {
    bench = await launchBench();
  });
  afterAll(() => bench?.close());

  it.each(['acme.lightning.force.com', 'acme.my.salesforce-setup.com'])(
    'goes from App Manager to captured credentials on %s',
    async (host) => {
      await clearStorage(bench);
      await setOptions(bench);
      const page = await bench.newPage();
      const console = collectConsole(page);
      await page.goto(`https://${host}${APP_MANAGER}`);
      await waitForCard(page, 'Create an External Client App');
      expect(await spotlightBox(page)).not.toBeNull();

      await page.locator('lightning-button >>> button::-p-text(New External Client App)').click();
      await waitForCard(page, 'Create the External Client App');
      const report = await runGuideAction(page, 'fill');
      expect(report).toContain('Filled:');
      expect(report).not.toContain('Not found');
      expect(report).toContain('click Create');
      expect(await ecaFormValues(page)).toEqual({
        name: APP_NAME,
        email: CONTACT_EMAIL,
        distribution: 'Local',
        oauth: true,
        callback: CALLBACK,
        selected: 9,
        available: 0,
        pkce: false,
        secretWeb: true,
        secretRefresh: true,
        flows: [],
      });
      if (host.includes('lightning')) await screenshot(page, 'salesforce-eca-form-en');

      await page.locator('lightning-button >>> button::-p-text(Create)').click();
      await waitForCard(page, 'Get the consumer key and secret');
      const [app] = savedApps(bench.sandbox).filter((saved) => saved.org === 'acme').slice(-1);
      expect(app).toMatchObject({ kind: 'eca', name: APP_NAME, callbackUrl: CALLBACK, pkce: false, distributionState: 'Local' });
      expect(app.scopes).toEqual(expect.arrayContaining(['api', 'refresh_token']));
      await waitForProgress(bench, (progress) => progress.appSettings.eca?.callbackUrls[0] === CALLBACK);

      await page.locator('[role=tab]::-p-text(Settings)').click();
      const tab = await nextTab(bench, () => page.locator('lightning-button >>> button::-p-text(Consumer Key and Secret)').click());
      const tabConsole = collectConsole(tab);
      await waitForCard(tab, 'Verify your identity');
      await verifyIdentity(tab);
      await waitForCard(tab, 'Key and secret captured');

      const state = await storedState(bench);
      // Compared, never printed: a failing toBe would show the key in the test output.
      expect(state.progress?.consumerKey === app.consumerKey).toBe(true);
      expect(state.progress?.credentialSource).toBe('captured');
      expect(state.hasSecret).toBe(true);
      const heldSecretMatches = await (await bench.serviceWorker()).evaluate(
        async (secret) => (await chrome.storage.session.get('secret')).secret === secret,
        app.consumerSecret,
      );
      expect(heldSecretMatches).toBe(true);

      const popup = await bench.openPopup();
      await popup.waitForSelector('.checklist li.item');
      const items = await checklistItems(popup);
      expect(items.find((item) => item.title === 'Have the consumer key and secret at hand')?.status).toBe('Done');
      expect(items.find((item) => item.title === "Enable OAuth with Marketo's callback URL")?.status).toBe('Done');
      await popup.close();

      expect(console.errors()).toEqual([]);
      expect(tabConsole.errors()).toEqual([]);
      await tab.close();
      await page.close();
    },
  );

  it('warns on the app page when the saved callback URL is not Marketo\'s', async () => {
    await clearStorage(bench);
    await setOptions(bench);
    const app = seedApp(bench.sandbox, 'acme', { kind: 'eca', name: APP_NAME, callbackUrl: 'https://example.com/cb', scopes: ['api'], pkce: true });
    const page = await bench.newPage();
    await page.goto(`https://acme.lightning.force.com/lightning/setup/ManageExternalClientApplication/${app.id}/detail`);
    await waitForCard(page, 'This app will not work with Marketo yet');
    const body = await cardText(page, 'body');
    expect(body).toContain('https://example.com/cb');
    expect(body).toContain('refresh_token');
    expect(body).toContain('PKCE is on');
    await waitForProgress(bench, (progress) => progress.appSettings.eca?.pkce === true);
    await page.close();
  });

  it('is usable by keyboard: Tab reaches the card, Escape hides it, the restore button brings it back', async () => {
    const page = await bench.newPage();
    await page.goto(`https://acme.lightning.force.com${APP_MANAGER}`);
    await waitForCard(page, 'Create an External Client App');
    // The card comes last in the document: Shift+Tab from the start reaches it.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    const focused = () =>
      inCard(page, (root) => {
        const active = root.activeElement as HTMLElement | null;
        return active ? { label: active.getAttribute('aria-label') ?? active.textContent, outline: getComputedStyle(active).outlineStyle } : null;
      }, null);
    expect(await focused()).toMatchObject({ label: 'Hide the guide', outline: 'solid' });
    await page.keyboard.press('Escape');
    expect(await cardHas(page, '[data-guide-card]')).toBe(false);
    expect(await focused()).toMatchObject({ label: 'Show the guide again' });
    await page.keyboard.press('Enter');
    await waitForCardState(page, 'the card back', (root) => root.querySelector('[data-guide-card]') !== null);
    const look = await inCard(page, (root) => {
      const style = getComputedStyle(root.querySelector('[data-guide-card]')!);
      return { zIndex: style.zIndex, position: style.position, font: style.fontFamily };
    }, null);
    expect(look).toMatchObject({ zIndex: '2147483647', position: 'fixed' });
    expect(look?.font).toMatch(/system-ui|-apple-system|Segoe UI/);
    // The spotlight never takes the page's clicks.
    expect(await inCard(page, (root) => getComputedStyle(root.querySelector('[data-guide-spotlight]')!).pointerEvents, null)).toBe('none');
    await page.close();
  });
});
