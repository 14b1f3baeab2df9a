// Path A in Chromium, as an admin walks it: App Manager → New External Client App → the guide
// fills the form → Create → Settings → Consumer Key and Secret → identity verification → the key
// and secret are captured. On both hosts Setup is served from, with a clean page console. App
// Manager, the form and the app's page are built from Salesforce's own base components, run in
// both shadow modes (docs/bench.md), and every check of them reads what their components reported
// (replica-state.ts), in three languages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { collectConsole, launchBench, type Bench } from '../sandbox/browser.mjs';
import { cardHas, inCard, waitForCardState } from '../sandbox/guide-card.mjs';
import { savedApps, seedApp } from '../sandbox/salesforce-state.mjs';
import { checklistItems, choosePath, clearStorage, screenshot, storedState, waitForProgress } from './helpers';
import { SCOPES } from '../sandbox/salesforce-pages.mjs';
import { RECIPE_FORM_STATE, replicaState, SHADOW_MODES, variantFor } from './replica-state';
import { APP_NAME, CONTACT_EMAIL, cardText, expectGuideClearOf, frameWithGuide, nextTab, runGuideAction, setOptions, spotlightBox, verifyIdentity, waitForCard } from './salesforce-helpers';

const CALLBACK = 'https://app.marketo.com/salesforce/getSfdcOAuthTokensRedirect';
const APP_MANAGER = '/lightning/setup/NavigationMenus/home';
const ECA_FORM = '/lightning/setup/ManageExternalClientApplication/create';
const ECA_MANAGER = '/lightning/setup/ManageExternalClientApplication/home';
const ALL_SCOPES = SCOPES.map((scope) => scope.token).sort();
// Deep selectors from the document: under native shadow the form's controls are in shadow roots.
const CREATE = '>>> [data-field=create] >>> button';
const DISTRIBUTION = '>>> [data-field=distributionState] >>> button[role=combobox]';
const NEW_ECA = '>>> [data-field=newExternalClientApp] >>> button';
const SETTINGS_TAB = '>>> [role=tab]::-p-text(Settings)';
const KEY_AND_SECRET = '>>> [data-field=consumerKeyAndSecret] >>> button';

/** The form as Marketo's help wants it, in the replica's own state (what its components reported). */
const FILLED = { page: 'eca-form', ...RECIPE_FORM_STATE };

async function expectFilled(page: Page): Promise<void> {
  const state = await replicaState(page);
  expect(state).toMatchObject(FILLED);
  expect([...(state?.scopes as string[])].sort()).toEqual(ALL_SCOPES);
  // The sections it filled are open for the admin to see; those Marketo says to skip stay closed.
  expect([...(state?.openSections as string[])].sort()).toEqual(['api', 'basic']);
}

/** Fills with the guide and checks what the card says: everything filled, nothing left to do by hand. */
async function fillWithGuide(page: Page): Promise<string> {
  const report = await runGuideAction(page, 'fill');
  expect(report).toContain('Filled:');
  expect(report).not.toContain('Not found');
  expect(report).not.toContain('not kept');
  expect(report).toContain('click Create');
  return report;
}

describe.each(SHADOW_MODES)('External Client App path on Salesforce\'s components, %s shadow', (mode) => {
  let bench: Bench;
  beforeAll(async () => {
    bench = await launchBench();
  });
  afterAll(() => bench?.close());

  async function pageOn(host: string, lang: 'en' | 'sv' | 'de' = 'en'): Promise<Page> {
    const page = await bench.newPage();
    const variant = variantFor(mode, lang);
    if (variant) await page.setCookie({ name: 'sandbox-variant', value: variant, url: `https://${host}` });
    return page;
  }

  it.each(['acme.lightning.force.com', 'acme.my.salesforce-setup.com'])(
    'goes from App Manager to captured credentials on %s',
    async (host) => {
      await clearStorage(bench);
      await setOptions(bench);
      const page = await pageOn(host);
      const console = collectConsole(page);
      await page.goto(`https://${host}${APP_MANAGER}`);
      await waitForCard(page, 'Create an External Client App');
      expect(await spotlightBox(page)).not.toBeNull();

      expect(await replicaState(page)).toMatchObject({ page: 'app-manager', dialogOpen: false });
      await page.locator(NEW_ECA).click();
      await waitForCard(page, 'Create the External Client App');
      await fillWithGuide(page);
      await expectFilled(page);
      if (host.includes('lightning') && mode === 'synthetic') await screenshot(page, 'salesforce-eca-form-en');

      await page.locator(CREATE).click();
      await waitForCard(page, 'Get the consumer key and secret');
      const [app] = savedApps(bench.sandbox).filter((saved) => saved.org === 'acme').slice(-1);
      expect(app).toMatchObject({ kind: 'eca', name: APP_NAME, callbackUrl: CALLBACK, pkce: false, distributionState: 'Local', flowsEnabled: [] });
      expect([...app.scopes].sort()).toEqual(ALL_SCOPES);
      expect(await replicaState(page)).toMatchObject({ page: 'eca-detail', activeTab: 'summary' });

      // The tabs draw Settings only once it is opened: the saved settings are read then.
      await page.locator(SETTINGS_TAB).click();
      await page.waitForFunction(() => (window as any).__replicaState?.activeTab === 'settings');
      await waitForProgress(bench, (progress) => progress.appSettings.eca?.callbackUrls[0] === CALLBACK);
      // The card points at Consumer Key and Secret, clear of it and of the saved callback URL the admin checks.
      await waitForCard(page, 'Get the consumer key and secret');
      await expectGuideClearOf(page, [KEY_AND_SECRET, '>>> dd.callbackUrl']);
      const tab = await nextTab(bench, () => page.locator(KEY_AND_SECRET).click());
      expect((await replicaState(page))?.consumerDetailsOpened).toBe(true);
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

  it.each(['sv', 'de'] as const)('fills the whole form on a Setup in %s, and Create saves what the components reported', async (lang) => {
    await clearStorage(bench);
    await setOptions(bench);
    const page = await pageOn('acme.lightning.force.com', lang);
    const console = collectConsole(page);
    await page.goto(`https://acme.lightning.force.com${ECA_FORM}`);
    await waitForCard(page, 'Create the External Client App');
    const started = Date.now();
    await fillWithGuide(page);
    // Bounded: a fill finishes (or says what it could not do) within a few seconds.
    expect(Date.now() - started).toBeLessThan(5000);
    await expectFilled(page);
    const savedBefore = savedApps(bench.sandbox).length;
    await page.locator(CREATE).click();
    // The app's page opens; its guide knows English and Swedish words only (labels.ts), so the
    // save is watched in the sandbox rather than on the card.
    await page.waitForFunction((path) => location.pathname.startsWith(path), {}, '/lightning/setup/ManageExternalClientApplication/0xI');
    expect(savedApps(bench.sandbox).length).toBe(savedBefore + 1);
    const [app] = savedApps(bench.sandbox).filter((saved) => saved.org === 'acme').slice(-1);
    expect(app).toMatchObject({ name: APP_NAME, email: CONTACT_EMAIL, distributionState: 'Local', callbackUrl: CALLBACK, pkce: false });
    expect([...app.scopes].sort()).toEqual(ALL_SCOPES);
    expect(console.errors()).toEqual([]);
    await page.close();
  });

  it('leaves a Distribution State the admin chose, says so, and replaces it only when asked', async () => {
    await clearStorage(bench);
    await setOptions(bench);
    const page = await pageOn('acme.lightning.force.com');
    await page.goto(`https://acme.lightning.force.com${ECA_FORM}`);
    await waitForCard(page, 'Create the External Client App');
    // The admin picks Packaged as a person does: open the list, click the option.
    await page.locator(DISTRIBUTION).click();
    // Its only options on the page (the scopes' are plain divs).
    await page.locator('>>> [role=option][data-value=Packaged]').click();
    await page.waitForFunction(() => (window as any).__replicaState?.distributionState === 'Packaged');

    const report = await runGuideAction(page, 'fill');
    expect(report).toContain('Left as you typed them');
    expect(report).toContain('Distribution State');
    expect((await replicaState(page))?.distributionState).toBe('Packaged');

    // The card still shows the first report until the replace has run: wait for the new one.
    await runGuideAction(page, 'replace');
    const deadline = Date.now() + 5000;
    while ((await cardText(page, 'report')).includes('Left as you typed them') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const replaced = await cardText(page, 'report');
    expect(replaced).not.toContain('Left as you typed them');
    expect(replaced).toContain('Distribution State');
    await expectFilled(page);
    // The list is closed again: nothing of ours left open over the form.
    expect(await page.$eval(DISTRIBUTION, (button) => button.getAttribute('aria-expanded'))).toBe('false');
    await page.close();
  });
});

describe.each(SHADOW_MODES)('External Client App Settings on Salesforce\'s components, %s shadow', (mode) => {
  const SETTINGS = 'https://acme.lightning.force.com/lightning/setup/ExternalClientApplicationSettings/home';
  const NEW_CONNECTED_APP = '>>> [data-field=newConnectedApp] >>> button';
  let bench: Bench;
  beforeAll(async () => {
    bench = await launchBench();
  });
  afterAll(() => bench?.close());

  async function open(flags: string[] = []): Promise<Page> {
    const page = await bench.newPage();
    const variant = [variantFor(mode), ...flags].filter(Boolean).join(',');
    await page.goto(variant ? `${SETTINGS}?sandbox-variant=${variant}` : SETTINGS);
    await page.waitForFunction(() => (window as any).__replicaState?.page === 'eca-settings');
    return page;
  }

  it('"Allow creation of connected apps" on: New Connected App opens the classic form in Lightning, where the guide fills it', async () => {
    await clearStorage(bench);
    await setOptions(bench);
    const page = await open();
    const console = collectConsole(page);
    expect((await replicaState(page))?.allowConnectedApps).toBe(true);
    await page.locator(NEW_CONNECTED_APP).click();
    await page.waitForFunction(() => location.pathname === '/lightning/setup/NavigationMenus/page');
    const frame = await frameWithGuide(page, 'forceAppEdit.apexp', 'Create the Connected App');
    expect(await runGuideAction(frame, 'fill')).toContain('click Save');
    expect(console.errors()).toEqual([]);
    await page.close();
  });

  it('turned off by its toggle (a change event), New Connected App goes; back on, it returns', async () => {
    const page = await open();
    await page.locator('>>> [data-field=allowConnectedApps] >>> label').click();
    await page.waitForFunction(() => (window as any).__replicaState?.allowConnectedApps === false);
    expect(await page.$(NEW_CONNECTED_APP)).toBeNull();
    await page.locator('>>> [data-field=allowConnectedApps] >>> label').click();
    await page.waitForFunction(() => (window as any).__replicaState?.allowConnectedApps === true);
    expect(await page.waitForSelector(NEW_CONNECTED_APP)).not.toBeNull();
    await page.close();
  });

  it('where only Salesforce Support can turn it on ("ca-locked"): off, disabled, no New Connected App', async () => {
    const page = await open(['ca-locked']);
    expect((await replicaState(page))?.allowConnectedApps).toBe(false);
    expect(await page.$eval('>>> [data-field=allowConnectedApps] >>> input', (input) => (input as HTMLInputElement).disabled)).toBe(true);
    expect(await page.$(NEW_CONNECTED_APP)).toBeNull();
    await page.close();
  });
});

describe.each(SHADOW_MODES)('External Client App pages, %s shadow', (mode) => {
  let bench: Bench;
  beforeAll(async () => {
    bench = await launchBench();
  });
  afterAll(() => bench?.close());

  async function open(url: string): Promise<Page> {
    const page = await bench.newPage();
    const variant = variantFor(mode);
    if (variant) await page.setCookie({ name: 'sandbox-variant', value: variant, url });
    await page.goto(url);
    return page;
  }

  it('warns on the app page, once its Settings tab is open, when the saved callback URL is not Marketo\'s', async () => {
    await clearStorage(bench);
    await setOptions(bench);
    const app = seedApp(bench.sandbox, 'acme', { kind: 'eca', name: APP_NAME, callbackUrl: 'https://example.com/cb', scopes: ['api'], pkce: true });
    const page = await open(`https://acme.lightning.force.com/lightning/setup/ManageExternalClientApplication/${app.id}/detail`);
    // Under synthetic shadow the tabs draw the saved settings only when Settings opens (under
    // native shadow they are in the DOM, unshown, from the start): the admin opens it.
    await page.locator(SETTINGS_TAB).click();
    await waitForCard(page, 'This app will not work with Marketo yet');
    const body = await cardText(page, 'body');
    expect(body).toContain('https://example.com/cb');
    expect(body).toContain('refresh_token');
    expect(body).toContain('PKCE is on');
    // The warning is about the saved callback URL: the card keeps off it.
    await expectGuideClearOf(page, [KEY_AND_SECRET, '>>> dd.callbackUrl']);
    await waitForProgress(bench, (progress) => progress.appSettings.eca?.pkce === true);
    await page.close();
  });

  it('External Client App Manager lists the org\'s apps: the guide points at the admin\'s app, whose name opens its page; New External Client App the form, both without a page load', async () => {
    await clearStorage(bench);
    await setOptions(bench, { appName: 'Listed App' });
    const app = seedApp(bench.sandbox, 'acme', { kind: 'eca', name: 'Listed App', distributionState: 'Local', callbackUrl: CALLBACK, scopes: ['api', 'refresh_token'] });
    seedApp(bench.sandbox, 'other', { kind: 'eca', name: 'Another Org App', callbackUrl: CALLBACK });
    const page = await open(`https://acme.lightning.force.com${ECA_MANAGER}`);
    const console = collectConsole(page);
    await page.waitForSelector('>>> table[role=grid] tbody th a');
    const names = await page.$$eval('>>> table[role=grid] tbody th a', (links) => links.map((link) => link.textContent));
    expect(names).toContain('Listed App');
    expect(names).not.toContain('Another Org App');
    await page.evaluate(() => ((window as any).__samePage = true));
    await waitForCard(page, 'Open your External Client App');
    expect(await cardText(page, 'body')).toContain('“Listed App” is in the list');
    expect(await spotlightOn(page, '>>> a::-p-text(Listed App)')).toBe(true);

    await page.locator('>>> a::-p-text(Listed App)').click();
    await page.waitForFunction((path) => location.pathname === path, {}, `/lightning/setup/ManageExternalClientApplication/${app.id}/detail`);
    await waitForCard(page, 'Get the consumer key and secret');
    expect(await replicaState(page)).toMatchObject({ page: 'eca-detail', activeTab: 'summary' });

    await page.goBack();
    await page.locator(NEW_ECA).click();
    await waitForCard(page, 'Create the External Client App');
    expect((await replicaState(page))?.page).toBe('eca-form');
    expect(await page.evaluate(() => (window as any).__samePage)).toBe(true);
    expect(console.errors()).toEqual([]);
    await page.close();
  });

  it('External Client App Manager before the app exists: the guide points at New External Client App, which leads to the form\'s card', async () => {
    await clearStorage(bench);
    await setOptions(bench, { appName: 'Acme Marketo' });
    const page = await open(`https://acme.lightning.force.com${ECA_MANAGER}`);
    const console = collectConsole(page);
    await waitForCard(page, 'Create an External Client App');
    expect((await replicaState(page))?.page).toBe('eca-manager');
    expect(await cardText(page, 'body')).toContain('Click “New External Client App”');
    expect(await spotlightOn(page, NEW_ECA)).toBe(true);
    // The card leaves the button and the list's first rows in sight.
    await expectGuideClearOf(page, [NEW_ECA, '>>> table[role=grid] thead', '>>> table[role=grid] tbody tr']);

    await page.locator(NEW_ECA).click();
    await waitForCard(page, 'Create the External Client App');
    expect((await replicaState(page))?.page).toBe('eca-form');
    expect(console.errors()).toEqual([]);
    await page.close();
  });

  it('External Client App Manager whose list comes after its header: the card turns from New to the admin\'s app when the rows are drawn', async () => {
    await clearStorage(bench);
    await setOptions(bench, { appName: 'Late Listed App' });
    seedApp(bench.sandbox, 'acme', { kind: 'eca', name: 'Late Listed App', callbackUrl: CALLBACK, scopes: ['api', 'refresh_token'] });
    const page = await open(`https://acme.lightning.force.com${ECA_MANAGER}?sandbox-variant=${[variantFor(mode), 'eca-list-late'].filter(Boolean).join(',')}`);
    // The header is drawn first, New External Client App with it: the guide starts there.
    await waitForCard(page, 'Create an External Client App');
    await waitForCard(page, 'Open your External Client App');
    expect((await replicaState(page))?.page).toBe('eca-manager');
    expect(await spotlightOn(page, '>>> a::-p-text(Late Listed App)')).toBe(true);
    await page.close();
  });

  it('External Client App Manager on the Connected App path: the card says where New Connected App is, pointing at nothing', async () => {
    await clearStorage(bench);
    await setOptions(bench);
    await choosePath(bench, 'connected-app');
    const page = await open(`https://acme.lightning.force.com${ECA_MANAGER}`);
    await waitForCard(page, 'Create a Connected App');
    expect(await cardText(page, 'body')).toContain('External Client Apps > Settings');
    expect(await spotlightBox(page)).toBeNull();
    await page.close();
  });

  /** Whether the guide's spotlight comes to surround `selector`'s element (the element's centre inside the spotlight). */
  async function spotlightOn(page: Page, selector: string): Promise<boolean> {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const [spot, element] = [await spotlightBox(page), await page.$(selector)];
      const box = await element?.boundingBox();
      await element?.dispose();
      if (spot && box) {
        const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
        if (x >= spot.x && x <= spot.x + spot.width && y >= spot.y && y <= spot.y + spot.height) return true;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return false;
  }

  it('App Manager\'s dialog of newer orgs, on the Connected App path: the guide points at "Create a Connected App", then at Continue', async () => {
    await clearStorage(bench);
    await setOptions(bench);
    await choosePath(bench, 'connected-app');
    const page = await open(`https://acme.lightning.force.com${APP_MANAGER}?sandbox-variant=${[variantFor(mode), 'dialog'].filter(Boolean).join(',')}`);
    const console = collectConsole(page);
    await waitForCard(page, 'Create a Connected App');
    await page.locator('>>> [data-field=newConnectedApp] >>> button').click();
    await page.waitForFunction(() => (window as any).__replicaState?.dialogOpen === true);
    // The radios are inside the lightning-radio-group's shadow root (under native shadow, a real one).
    expect(await spotlightOn(page, '>>> label::-p-text(Create a Connected App)')).toBe(true);
    await page.locator('>>> label::-p-text(Create a Connected App)').click();
    await page.waitForFunction(() => (window as any).__replicaState?.newAppChoice === 'connected-app');
    expect(await spotlightOn(page, '>>> [data-field=continue] >>> button')).toBe(true);
    expect(console.errors()).toEqual([]);
    await page.close();
  });

  it('is usable by keyboard: Tab reaches the card, Escape hides it, the restore button brings it back', async () => {
    await clearStorage(bench);
    await setOptions(bench);
    const page = await open(`https://acme.lightning.force.com${APP_MANAGER}`);
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
