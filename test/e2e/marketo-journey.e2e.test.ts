// The Marketo phase end to end, in Chromium with popup blocking on: from credentials the extension
// holds to a running sync. The guide lists the prerequisites, allows popups, fills the key and
// secret, follows the admin through the OAuth popup and warns before the irreversible clicks; the
// checklist completes and the secret is gone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectConsole, launchBench, type Bench } from '../sandbox/browser.mjs';
import { waitForCardState } from '../sandbox/guide-card.mjs';
import { seedSalesforceApp } from '../sandbox/oauth-outcomes.mjs';
import { checklistItems, clearStorage, screenshot, storedState, waitForProgress } from './helpers';
import {
  KEY,
  SECRET,
  SYNC_PAGE,
  SYNC_USER,
  clickGuideAction,
  clickMarketoButton,
  guideReport,
  guideText,
  openSalesforcePopup,
  seedApp,
  seedExtension,
  signInAndVerify,
  waitForGuideTitle,
} from './marketo-helpers';

describe('Marketo: from held credentials to a running sync', () => {
  let bench: Bench;
  beforeAll(async () => {
    bench = await launchBench({ popupBlocking: true });
  });
  afterAll(async () => {
    seedSalesforceApp(null);
    await bench?.close();
  });

  it('guides every step and completes the checklist', async () => {
    await clearStorage(bench);
    await seedExtension(bench);
    seedApp();
    const page = await bench.newPage();
    const console = collectConsole(page);
    await page.goto(SYNC_PAGE);

    // Prerequisites, before anything is typed.
    await waitForGuideTitle(page, 'Before you connect');
    const body = await guideText(page, 'body');
    expect(body).toContain('Consumer key and secret: held by the extension');
    expect(body).toContain('OAuth for the Salesforce sync: on');
    await waitForProgress(bench, (p) => p.oauthFeature === 'oauth' && p.seen['mkto-sync-page'] !== undefined);
    await screenshot(page, 'marketo-prerequisites');

    // Chrome blocks popups for sites by default; the guide's one click allows them for Marketo.
    expect((await storedState(bench)).progress?.popups).toBe('blocked');
    await clickGuideAction(page, 'allow-popups');
    expect(await guideReport(page)).toContain('Pop-ups are now allowed for app-ab12.marketo.com only, until the sync starts.');
    await waitForProgress(bench, (p) => p.popups === 'allowed');

    // The fill: both fields, from the background, and Save stays with the admin.
    await clickGuideAction(page, 'fill');
    await waitForCardState(page, 'the fill', (root) => Boolean(root.querySelector('[data-guide-report]')?.textContent?.includes('Consumer Secret: filled.')));
    expect(
      await page.$$eval('.mkt-sfdc-sync input.x-form-field', (inputs, key, secret) => [
        (inputs[0] as HTMLInputElement).value === key,
        (inputs[1] as HTMLInputElement).value === secret,
      ], KEY, SECRET),
    ).toEqual([true, true]);
    expect((await storedState(bench)).progress?.seen['mkto-credentials-saved']).toBeUndefined();
    await clickMarketoButton(page, 'Save');
    await waitForProgress(bench, (p) => p.seen['mkto-credentials-saved'] !== undefined);
    await waitForGuideTitle(page, 'Click Login with Salesforce');
    expect(await guideText(page, 'body')).toContain(SYNC_USER);

    // The OAuth popup, on Salesforce's login host.
    const popup = await openSalesforcePopup(bench.browser, page);
    const popupConsole = collectConsole(popup);
    await waitForGuideTitle(popup, 'Sign in as the Marketo sync user');
    expect(await guideText(popup, 'body')).toContain(SYNC_USER);
    await screenshot(popup, 'oauth-popup-sign-in');
    await waitForProgress(bench, (p) => p.seen['mkto-popup-opened'] !== undefined);
    await signInAndVerify(popup, SYNC_USER);
    await waitForGuideTitle(popup, 'Click Allow');
    expect(await guideText(popup, 'body')).toContain(`This authorises ${SYNC_USER} for Marketo.`);
    await screenshot(popup, 'oauth-popup-allow');
    await waitForProgress(bench, (p) => p.approvalUser === SYNC_USER && p.seen['sf-verified'] !== undefined && p.seen['sf-signed-in'] !== undefined);
    const closed = new Promise((resolve) => popup.once('close', resolve));
    await popup.click('#oaapprove');
    await waitForProgress(bench, (p) => p.seen['sf-allowed'] !== undefined);
    await closed;
    expect(popupConsole.errors()).toEqual([]);

    // Back in Marketo: wait, confirm (with the warning about permanent fields), start.
    await waitForGuideTitle(page, 'Wait for Confirm Credentials');
    expect(await guideText(page, 'body')).toContain('becomes a permanent Marketo field');
    await clickMarketoButton(page, 'Confirm Credentials');
    await waitForProgress(bench, (p) => p.seen['mkto-confirmed'] !== undefined);
    await waitForGuideTitle(page, 'Click Start Salesforce Sync');
    await clickMarketoButton(page, 'Start Salesforce Sync');
    await waitForProgress(bench, (p) => p.seen['mkto-sf-sync-started'] !== undefined);
    await waitForGuideTitle(page, 'Click Start Sync: this cannot be undone');
    expect(await guideText(page, 'body')).toContain(`Salesforce authorised ${SYNC_USER}`);
    await clickMarketoButton(page, 'Start Sync');
    await page.locator('.mkt-start-sync-confirm table.x-btn button.x-btn-text::-p-text(Start Sync)').click();

    const done = await waitForProgress(bench, (p) => p.completedAt !== undefined);
    expect(done.seen['mkto-sync-running']).toBeTypeOf('number');
    await waitForGuideTitle(page, 'The sync is running');
    expect((await storedState(bench)).hasSecret).toBe(false);
    expect(console.errors()).toEqual([]);

    const checklist = await bench.openPopup();
    await checklist.waitForSelector('.checklist li.item');
    const items = await checklistItems(checklist);
    // Everything is done but the two prerequisites only the admin can tick.
    expect(items.filter((item) => item.status !== 'Done').map((item) => item.title)).toEqual([
      'Confirm that the sync user has API access',
      'Confirm that the Marketo sync user exists',
    ]);
    expect(items.some((item) => item.current)).toBe(false);
    await screenshot(checklist, 'marketo-checklist-complete');
    await checklist.close();
    await page.close();
  });
});
