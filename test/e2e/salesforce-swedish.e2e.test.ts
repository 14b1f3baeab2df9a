// Both app forms in a Swedish org, with the browser (and so the extension) in Swedish: the guide
// finds the fields by their Swedish labels where no id exists (on the classic form, by the row
// they stand in: its label cells have no `for`), fills them, and reports in Swedish.
// Writes the screenshots of the callouts on both forms.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectConsole, launchBench, type Bench } from '../sandbox/browser.mjs';
import { SCOPES } from '../sandbox/salesforce-pages.mjs';
import { replicaState, SHADOW_MODES, variantFor } from './replica-state';
import { clearStorage, screenshot } from './helpers';
import { CONTACT_EMAIL, frameWithGuide, runGuideAction, setOptions, spotlightBox, waitForCard } from './salesforce-helpers';

const CALLBACK = 'https://app.marketo.com/salesforce/getSfdcOAuthTokensRedirect';
const HOST = 'acme.lightning.force.com';

describe('app forms in Swedish', () => {
  let bench: Bench;
  beforeAll(async () => {
    bench = await launchBench({ lang: 'sv' });
  });
  afterAll(() => bench?.close());

  it.each(SHADOW_MODES)('points at "Ny extern klientapp" in App Manager and fills the External Client App form by its Swedish labels (%s shadow)', async (mode) => {
    await clearStorage(bench);
    await setOptions(bench);
    const page = await bench.newPage();
    const console = collectConsole(page);
    await page.setCookie({ name: 'sandbox-variant', value: variantFor(mode, 'sv'), url: `https://${HOST}` });
    await page.goto(`https://${HOST}/lightning/setup/NavigationMenus/home`);
    await waitForCard(page, 'Skapa en extern klientapp');
    const spot = (await spotlightBox(page))!;
    // The spotlight's centre is on that button (App Manager's buttons sit in its components' shadow roots).
    const button = (await page.$('>>> lightning-button >>> button::-p-text(Ny extern klientapp)'))!;
    const box = (await button.boundingBox())!;
    const [x, y] = [spot.x + spot.width / 2, spot.y + spot.height / 2];
    expect(x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height).toBe(true);
    await button.dispose();
    await page.locator('>>> lightning-button >>> button::-p-text(Ny extern klientapp)').click();
    await waitForCard(page, 'Skapa den externa klientappen');
    const report = await runGuideAction(page, 'fill');
    expect(report).toContain('Ifyllt:');
    expect(report).toContain('klicka sedan på Skapa');
    // What the form's components reported (the replica's state), not what the DOM shows.
    const state = await replicaState(page);
    expect([state?.contactEmail, state?.distributionState, state?.callbackUrl, (state?.scopes as string[]).length, state?.pkce]).toEqual([
      CONTACT_EMAIL,
      'Local',
      CALLBACK,
      SCOPES.length,
      false,
    ]);
    expect(await page.$eval('>>> [data-field=appName] >>> label', (label) => label.textContent)).toContain('Namn på extern klientapp');
    await screenshot(page, `salesforce-eca-form-sv-${mode}`);
    expect(console.errors()).toEqual([]);
    await page.close();
  });

  it('fills the Connected App form in its frame by ids and Swedish labels', async () => {
    await clearStorage(bench);
    await setOptions(bench);
    const page = await bench.newPage();
    const console = collectConsole(page);
    await page.setCookie({ name: 'sandbox-variant', value: 'sv', url: `https://${HOST}` });
    await page.goto(`https://${HOST}/lightning/setup/NavigationMenus/page?address=%2Fapp%2Fmgmt%2Fforceconnectedapps%2FforceAppEdit.apexp`);
    const frame = await frameWithGuide(page, 'forceAppEdit.apexp', 'Skapa den anslutna appen');
    const report = await runGuideAction(frame, 'fill');
    expect(report).toContain('klicka sedan på Spara');
    const values = await frame.evaluate(() => {
      const $ = (suffix: string) => document.querySelector(`[id$="${suffix}"]`) as any;
      return [$(':callbackUrl').value, $(':backingList_s').options.length, $(':pkceSection:pkce').checked, $(':refreshSecretSection:requireSecret').checked];
    });
    expect(values).toEqual([CALLBACK, SCOPES.length, false, true]);
    // Found by its row: the Swedish form's label cells name no control with `for`.
    expect(await frame.$eval('tr[id$=":refreshSecretSection"] th.labelCol', (cell) => [cell.textContent, cell.querySelector('label[for]')])).toEqual([
      'Kräv hemlighet för uppdateringstokenflöde',
      null,
    ]);
    await screenshot(page, 'salesforce-ca-form-sv', { atBottom: true });
    expect(console.errors()).toEqual([]);
    await page.close();
  });
});
