// Marketo's other faces, in Chromium with popup blocking on: a subscription still on basic
// authentication, Marketo's German UI inside the Adobe Experience Cloud shell, and lookalike hosts
// that must get nothing: no guide, no facts, no key or secret.
import { describe, expect, it } from 'vitest';
import { collectConsole } from '../sandbox/browser.mjs';
import { cardHas, waitForCardState } from '../sandbox/guide-card.mjs';
import { EXAMPLES, LOOKALIKE_HOSTS } from '../sandbox/routes.mjs';
import { screenshot, storedState, waitForProgress } from './helpers';
import { FAST, KEY, SECRET, clickGuideAction, guideReport, guideText, seededBench, waitForGuideTitle } from './marketo-helpers';

describe('Marketo: subscriptions, shells and lookalikes', () => {
  const bench = seededBench({ popupBlocking: true });

  it('warns on basic authentication and says what to ask Marketo Support', async () => {
    const page = await bench().newPage();
    const console = collectConsole(page);
    await page.goto(`https://app-ab12.marketo.com/?sandbox-variant=basic&${FAST}#SF0A1`);
    await waitForGuideTitle(page, 'This subscription is on basic authentication');
    expect(await guideText(page, 'body')).toContain('Ask Marketo Support to enable "Enable OAuth for SFDC Sync"');
    const progress = await waitForProgress(bench(), (p) => p.oauthFeature === 'basic');
    expect(progress.seen['mkto-sync-page']).toBeTypeOf('number');
    // Nothing to fill on this form: the guide offers no fill.
    expect(await cardHas(page, '[data-guide-action="fill"]')).toBe(false);
    await screenshot(page, 'marketo-basic-auth');
    expect(console.errors()).toEqual([]);
    await page.close();
  });

  it('fills the German Sync with Salesforce page framed in the Adobe Experience Cloud shell', async () => {
    const page = await bench().newPage();
    const console = collectConsole(page);
    await page.goto(EXAMPLES.adobeMarketo);
    const frame = await page.waitForFrame((f) => f.url().startsWith('https://app-ab12.marketo.com/'));
    // The German UI is a knob of the framed app (Chrome keeps cookies from cross-site frames).
    await frame.goto(`https://app-ab12.marketo.com/?sandbox-variant=de&${FAST}#SF0A1`);
    expect(frame.parentFrame()).toBe(page.mainFrame());
    await frame.waitForSelector('label.x-form-item-label::-p-text(Verbraucherschlüssel)');
    await waitForGuideTitle(frame, 'Before you connect');
    await clickGuideAction(frame, 'fill');
    expect(await guideReport(frame)).toContain('Consumer Secret: filled.');
    expect(
      await frame.$$eval('.mkt-sfdc-sync input.x-form-field', (inputs, key, secret) => [
        (inputs[0] as HTMLInputElement).value === key,
        (inputs[1] as HTMLInputElement).value === secret,
      ], KEY, SECRET),
    ).toEqual([true, true]);
    // The live pop-up check at the admin's click, from inside the shell's frame.
    await clickGuideAction(frame, 'test-popups');
    await waitForCardState(frame, 'the test window', (root) => Boolean(root.querySelector('[data-guide-report]')?.textContent?.includes('A test window opened and closed')));
    await waitForProgress(bench(), (p) => p.popups === 'allowed');
    await frame.locator('table.x-btn button.x-btn-text::-p-text(Speichern)').click();
    await waitForProgress(bench(), (p) => p.seen['mkto-credentials-saved'] !== undefined && p.hosts.marketo === 'https://app-ab12.marketo.com');
    await waitForGuideTitle(frame, 'Click Login with Salesforce');
    expect(console.errors()).toEqual([]);
    await page.close();
  });

  it('does nothing on a lookalike host', async () => {
    const page = await bench().newPage();
    await page.goto(`https://${LOOKALIKE_HOSTS.marketo}/#SF0A1`);
    await page.waitForSelector('label.x-form-item-label::-p-text(Consumer Key)');
    // Give a content script every chance to show up.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await page.$('oauth-guide-overlay')).toBeNull();
    expect((await storedState(bench())).progress?.seen ?? {}).toEqual({});
    await page.close();
  });

  it('fills nothing into Marketo framed by a lookalike, and says why', async () => {
    const page = await bench().newPage();
    await page.goto(`https://${LOOKALIKE_HOSTS.marketo}/framed`);
    const frame = await page.waitForFrame((f) => f.url().startsWith('https://app-ab12.marketo.com/'));
    await waitForGuideTitle(frame, 'Before you connect');
    await clickGuideAction(frame, 'fill');
    expect(await guideReport(frame)).toContain("Nothing filled: this page is not Marketo's admin application");
    // Whether the fields are empty, never what they hold.
    expect(await frame.$$eval('.mkt-sfdc-sync input.x-form-field', (inputs) => inputs.map((input) => (input as HTMLInputElement).value === ''))).toEqual([true, true]);
    expect((await storedState(bench())).progress?.seen['mkto-credentials-saved']).toBeUndefined();
    await page.close();
  });
});
