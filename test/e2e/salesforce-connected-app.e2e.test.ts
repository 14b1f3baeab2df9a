// Path B in Chromium: App Manager → New Connected App (the choice dialog of newer orgs) → the
// classic form inside Lightning's frame, filled by the guide in that frame → Save → Continue →
// the detail page reads back what was saved (and warns about a wrong callback URL) → Manage
// Consumer Details → identity verification → captured. Also an org whose App Manager no longer
// has New Connected App (it moved to External Client Apps > Settings), and a lookalike host where
// nothing runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame } from 'puppeteer';
import { collectConsole, launchBench, type Bench } from '../sandbox/browser.mjs';
import { LOOKALIKE_HOSTS } from '../sandbox/routes.mjs';
import { savedApps, seedApp, updateApp } from '../sandbox/salesforce-state.mjs';
import { SCOPES } from '../sandbox/salesforce-pages.mjs';
import { checklistItems, choosePath, clearStorage, screenshot, storedState, waitForProgress } from './helpers';
import { APP_NAME, CONTACT_EMAIL, cardText, expectGuideClearOf, frameWithGuide, nextTab, runGuideAction, setOptions, verifyIdentity, waitForCard } from './salesforce-helpers';

const CALLBACK = 'https://app.marketo.com/salesforce/getSfdcOAuthTokensRedirect';
const APP_MANAGER = '/lightning/setup/NavigationMenus/home';

function caFormValues(frame: Frame) {
  return frame.evaluate(() => {
    const $ = (suffix: string) => document.querySelector(`[id$="${suffix}"]`) as any;
    return {
      name: $(':nameSection:name')?.value,
      email: $(':emailSection:contactEmail')?.value,
      oauth: $(':oauth:isOauth')?.checked,
      callback: $(':multiCallbackUrlSection:callbackUrl')?.value,
      available: $(':backingList_a')?.options.length,
      selected: $(':backingList_s')?.options.length,
      pkce: $(':pkceSection:pkce')?.checked,
      secretWeb: $(':webServerSecretSection:requireSecret')?.checked,
      secretRefresh: $(':refreshSecretSection:requireSecret')?.checked,
      device: $(':deviceFlowSection:deviceCheckbox')?.checked,
    };
  });
}

describe('Connected App path', () => {
  let bench: Bench;
  beforeAll(async () => {
    bench = await launchBench();
  });
  afterAll(() => bench?.close());

  it.each([
    ['acme.lightning.force.com', 'dialog'],
    ['acme.my.salesforce-setup.com', 'dialog,old-consumer'],
  ])('goes from App Manager to captured credentials on %s (%s)', async (host, variant) => {
    await clearStorage(bench);
    await setOptions(bench);
    const page = await bench.newPage();
    const console = collectConsole(page);
    await page.setCookie({ name: 'sandbox-variant', value: variant, url: `https://${host}` });
    await page.goto(`https://${host}${APP_MANAGER}`);
    await waitForCard(page, 'Create an External Client App');

    await page.locator('lightning-button >>> button::-p-text(New Connected App)').click();
    await page.locator('>>> label::-p-text(Create a Connected App)').click();
    await page.locator('>>> [role=dialog] >>> button::-p-text(Continue)').click();

    const frame = await frameWithGuide(page, 'forceAppEdit.apexp', 'Create the Connected App');
    expect(frame.url()).toMatch(new RegExp(`^https://acme\\.my\\.salesforce(-setup)?\\.com/app/mgmt/forceconnectedapps/forceAppEdit\\.apexp\\?.*sfdcIFrameOrigin=`));
    const report = await runGuideAction(frame, 'fill');
    expect(report).toContain('click Save');
    expect(await caFormValues(frame)).toEqual({
      name: APP_NAME,
      email: CONTACT_EMAIL,
      oauth: true,
      callback: CALLBACK,
      available: 0,
      selected: SCOPES.length,
      pkce: false,
      secretWeb: true,
      secretRefresh: true,
      device: false,
    });
    if (host.includes('lightning')) await screenshot(page, 'salesforce-ca-form-en', { atBottom: true });
    await waitForProgress(bench, (progress) => progress.path === 'connected-app' && progress.forms['connected-app']?.scopesAvailable === 0);

    await frame.locator('[id$="bottom:save"]').click();
    const saved = await frameWithGuide(page, 'forceAppEdit.apexp', 'Saved');
    // Someone changes the callback URL before the admin looks at the app: the guide must say so.
    const [app] = savedApps(bench.sandbox).slice(-1);
    updateApp(bench.sandbox, app.id, { callbackUrl: 'https://app.marketo.com/wrong' });
    await saved.locator('[id$=":continue"]').click();
    const detail = await frameWithGuide(page, 'forceAppDetail.apexp', 'This app will not work with Marketo yet');
    expect(await cardText(detail, 'body')).toContain('https://app.marketo.com/wrong');
    // The warning is about the saved callback URL: the card keeps off it and off Manage Consumer Details.
    await expectGuideClearOf(detail, ['[id$=":callbackUrlSection:callbackUrl"]', '[id$=":manageConsumer"]']);
    await waitForProgress(bench, (progress) => progress.appSettings['connected-app']?.callbackUrls[0] === 'https://app.marketo.com/wrong');
    const popup = await bench.openPopup();
    await popup.waitForSelector('.checklist li.item');
    const items = await checklistItems(popup);
    expect(items.find((item) => item.title === "Enable OAuth with Marketo's callback URL")?.status).toBe('Needs attention');
    await popup.close();

    const tab = await nextTab(bench, () => detail.click('[id$=":manageConsumer"]'));
    const tabConsole = collectConsole(tab);
    await verifyIdentity(tab);
    if (variant.includes('old-consumer')) {
      await waitForCard(tab, 'Consumer key and secret');
      expect((await storedState(bench)).progress?.consumerKey === undefined).toBe(true);
      await tab.locator('a::-p-text(Click to reveal)').click();
    }
    await waitForCard(tab, 'Key and secret captured');
    const state = await storedState(bench);
    // Compared, never printed: a failing toBe would show the key in the test output.
    expect(state.progress?.consumerKey === app.consumerKey).toBe(true);
    expect(state.hasSecret).toBe(true);
    expect(state.progress?.seen['ca-consumer-page']).toBeTypeOf('number');

    expect(console.errors()).toEqual([]);
    expect(tabConsole.errors()).toEqual([]);
    await tab.close();
    await page.close();
  });

  it('says where New Connected App went when App Manager has none, without calling Connected Apps off', async () => {
    await clearStorage(bench);
    const page = await bench.newPage();
    await page.setCookie({ name: 'sandbox-variant', value: 'ca-off', url: 'https://acme.lightning.force.com' });
    await page.goto(`https://acme.lightning.force.com${APP_MANAGER}`);
    await waitForCard(page, 'Create an External Client App');
    // The admin chooses the Connected App path in the popup.
    await choosePath(bench, 'connected-app');
    await waitForCard(page, 'Create a Connected App');
    expect(await cardText(page, 'body')).toContain('External Client Apps > Settings');
    expect((await storedState(bench)).progress?.connectedAppsDisabled).toBe(false);
    await page.close();
  });

  it.each([LOOKALIKE_HOSTS.salesforce, 'acme--c.vf.force.com'])('captures nothing where the consumer details page is not Setup: %s', async (host) => {
    await clearStorage(bench);
    const app = seedApp(bench.sandbox, 'acme', { kind: 'connected-app', name: APP_NAME, callbackUrl: CALLBACK });
    const page = await bench.newPage();
    const response = await page.goto(`https://${host}/app/mgmt/forceconnectedapps/forceAppConsumerDetails.apexp?applicationId=${app.id}`);
    expect(response?.status()).toBe(200);
    await page.waitForSelector('[id$=":consumerSecret"]');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await page.$('oauth-guide-overlay')).toBeNull();
    const state = await storedState(bench);
    expect(state.progress?.consumerKey === undefined).toBe(true);
    expect(state.hasSecret).toBe(false);
    await page.close();
  });
});
