// @vitest-environment happy-dom
// Sync with Salesforce against the replica, in Marketo's English and German UI, on OAuth and on
// basic authentication: what the page module observes, what the guide says at each step, the
// fill (empty fields only, or after the admin's second click; never outside Marketo's admin
// application), and the facts the page watcher reports.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFillAction } from '../../lib/pages/marketo/fill-credentials';
import { syncPage } from '../../lib/pages/marketo/sync-page';
import { syncWithSalesforce } from '../../lib/pages/marketo/sync-with-salesforce';
import { FRAME_MS } from '../../lib/dom/throttle';
import { POPUP_VERDICT_MS, watchSyncPage } from '../../lib/pages/marketo/sync-watch';
import type { Observation } from '../../lib/schema';
import { send } from '../../lib/send';
import { useLocale } from './locale-messages';
import { KEY, SECRET, fakeLocation, guideContext, showSyncPage, showTemplate } from './marketo-fixtures';
import { same } from './no-secret-in-failures';

vi.mock('../../lib/send', () => ({ send: vi.fn() }));
const sendMock = vi.mocked(send);

const MARKETO = 'https://app-ab12.marketo.com/#SF0A1';
const now = 1_700_000_000_000;

/** Where the browser says the document was loaded (happy-dom keeps no navigation entry). */
function loadedAt(url: string): void {
  vi.spyOn(performance, 'getEntriesByType').mockImplementation(() => [{ name: url } as PerformanceEntry]);
}

beforeEach(() => {
  useLocale('en');
  sendMock.mockReset();
  loadedAt(MARKETO);
});
afterEach(() => vi.useRealTimers());

/** Marketo enables step 3 and shows its button, as the app does when the field sync is done. */
function showStartStep(template: string): void {
  const step = document.querySelector('.mkt-step-start')!;
  step.classList.remove('x-item-disabled');
  showTemplate(template, step);
}

const inputs = () => Array.from(document.querySelectorAll<HTMLInputElement>('.mkt-sfdc-sync input.x-form-field'));

describe.each([
  ['English', null, 'Save', 'Confirm Credentials', 'Start Sync'],
  ['German', 'de', 'Speichern', 'Anmeldedaten bestätigen', 'Synchronisierung starten'],
])('Sync with Salesforce in %s', (_language, variant, save, confirm, startSync) => {
  beforeEach(() => showSyncPage(variant));

  it('is recognised on OAuth and reports the page and the feature', () => {
    expect(syncWithSalesforce.matchesUrl(new URL(MARKETO))).toBe(true);
    expect(syncWithSalesforce.isShown(document)).toBe(true);
    expect(syncWithSalesforce.observe(document)).toEqual([
      { type: 'seen', milestone: 'mkto-sync-page' },
      { type: 'oauth-feature', state: 'oauth' },
    ]);
    expect(syncPage.save(document)?.textContent).toBe(save);
  });

  it('lists the prerequisites first, pointing at the consumer key, with the fill on offer', () => {
    const guidance = syncWithSalesforce.guide!(document, guideContext({ consumerKey: KEY, credentialSource: 'pasted', popups: 'blocked' }));
    expect(guidance?.title).toBe('Before you connect');
    expect(guidance?.body).toContain('⚠ Pop-ups: blocked for Marketo.');
    expect(guidance?.body).toContain('✓ Consumer key and secret: held by the extension');
    expect(guidance?.body).toContain('○ API access for the sync user: not confirmed.');
    expect(guidance?.target?.()).toBe(inputs()[0]);
    expect(guidance?.actions?.map((action) => action.id)).toEqual(['fill', 'allow-popups', 'test-popups']);
  });

  it('names the org the key and secret came from, and warns before the fill when the options name another', () => {
    const credentialOrg = { name: 'acme--uat', sandbox: true };
    const held = syncWithSalesforce.guide!(document, guideContext({ consumerKey: KEY, credentialSource: 'captured', credentialOrg }));
    expect(held?.body).toContain("They come from the sandbox acme--uat: sign in to that org in Marketo's window.");
    expect(held?.body).not.toContain('⚠ The key comes from');
    const other = syncWithSalesforce.guide!(document, guideContext({ consumerKey: KEY, credentialSource: 'captured', credentialOrg }, { salesforceOrigin: 'https://acme.lightning.force.com' }));
    expect(other?.body).toContain('⚠ The key comes from the sandbox acme--uat, but the options name the production org acme as the org to connect.');
  });

  it('explains an error Salesforce sent back to Marketo, with its cause and fix', () => {
    const guidance = syncWithSalesforce.guide!(document, guideContext({ seen: { 'mkto-popup-opened': now }, oauthError: 'access_denied' }));
    expect(guidance?.title).toBe('Salesforce refused the sign-in');
    expect(guidance?.body).toContain('Salesforce sent back access_denied.');
    expect(guidance?.body).toContain('Deny was clicked in the Salesforce window');
    expect(guidance?.actions?.map((action) => action.id)).toEqual(['retry-login']);
  });

  it('warns before Confirm Credentials when the window signed in to another org than the key’s', () => {
    const guidance = syncWithSalesforce.guide!(document, guideContext({
      seen: { 'sf-allowed': now },
      credentialOrg: { name: 'acme--uat', sandbox: true },
      windowOrg: { name: 'acme', sandbox: false },
    }));
    expect(guidance?.body).toContain('Careful: Marketo\'s window signed in to the production org acme, but the consumer key comes from the sandbox acme--uat. Do not click Confirm Credentials');
  });

  it('says where to get the key and secret when none is held, and offers no fill', () => {
    const guidance = syncWithSalesforce.guide!(document, guideContext({}, { hasSecret: false }));
    expect(guidance?.body).toContain('○ Consumer key and secret: not at hand yet.');
    expect(guidance?.actions?.map((action) => action.id)).not.toContain('fill');
  });

  it('waits for Confirm Credentials, then points at its button once Marketo shows it', () => {
    const guidance = syncWithSalesforce.guide!(document, guideContext({ seen: { 'sf-allowed': now } }));
    expect(guidance?.key).toBe('mkto-confirm');
    expect(guidance?.body).toContain('becomes a permanent Marketo field');
    expect(guidance?.target?.()).toBeNull();
    showTemplate('#tpl-sfdc-confirm-dialog');
    expect(guidance?.target?.()?.textContent).toBe(confirm);
  });

  it('warns before Start Sync and names the user Salesforce authorised', () => {
    showStartStep('#tpl-sfdc-start-sync');
    const guidance = syncWithSalesforce.guide!(
      document,
      guideContext({ seen: { 'sf-allowed': now, 'mkto-confirmed': now, 'mkto-sf-sync-started': now }, approvalUser: 'marketo.sync@acme.com' }),
    );
    expect(guidance?.title).toBe('Click Start Sync: this cannot be undone');
    expect(guidance?.body).toContain('Salesforce authorised marketo.sync@acme.com');
    expect(guidance?.target?.()?.textContent).toBe(startSync);
    // In the confirmation dialog, the dialog's own button.
    showTemplate('#tpl-sfdc-start-sync-dialog');
    expect(guidance?.target?.()?.closest('[role=dialog]')).not.toBeNull();
  });

  it('reports the running sync, and the guide says the journey is complete', () => {
    showTemplate('#tpl-sfdc-running', document.querySelector('.mkt-sync-status')!);
    document.querySelector<HTMLElement>('.mkt-sync-status')!.hidden = false;
    expect(syncWithSalesforce.observe(document)).toContainEqual({ type: 'seen', milestone: 'mkto-sync-running' });
    expect(syncWithSalesforce.guide!(document, guideContext())?.key).toBe('mkto-running');
  });

  it('fills empty fields with the values the background gives', async () => {
    sendMock.mockResolvedValue({ key: KEY, secret: SECRET });
    const report = await createFillAction(document, fakeLocation(MARKETO))();
    expect(sendMock).toHaveBeenCalledWith({ kind: 'secret-for-fill' });
    // Compared, never printed.
    expect([inputs()[0].value === KEY, inputs()[1].value === SECRET]).toEqual([true, true]);
    expect(report.tone).toBe('success');
    expect(report.lines).toEqual(['Consumer Key: filled.', 'Consumer Secret: filled.', 'Now check them and click Save. Saving is up to you.']);
  });
});

describe('the fill', () => {
  beforeEach(() => showSyncPage(null));

  it('keeps what the admin typed until the admin clicks again', async () => {
    sendMock.mockResolvedValue({ key: KEY, secret: SECRET });
    inputs()[0].value = 'typed by the admin';
    const fill = createFillAction(document, fakeLocation(MARKETO));
    const first = await fill();
    expect(first.tone).toBe('warning');
    expect(first.lines).toContain('Consumer Key: holds another value, left as it is.');
    expect(inputs()[0].value).toBe('typed by the admin');
    const second = await fill();
    expect(second.tone).toBe('success');
    expect(same(inputs()[0].value, KEY)).toBe(true);
  });

  it('works in the Adobe Experience Cloud shell', async () => {
    sendMock.mockResolvedValue({ key: KEY, secret: SECRET });
    const report = await createFillAction(document, fakeLocation('https://app-ab12.marketo.com/', ['https://experience.adobe.com']))();
    expect(report.tone).toBe('success');
  });

  it.each([
    ['a lookalike host', fakeLocation('https://app-ab12.marketo.com.evil.test/#SF0A1')],
    ['a lookalike framing Marketo', fakeLocation(MARKETO, ['https://app-ab12.marketo.com.evil.test'])],
    ['a landing page', fakeLocation('https://app-ab12.marketo.com/lp/123-ABC-456/offer.html')],
    ['a customer file under /rs/', fakeLocation('https://app-ab12.marketo.com/rs/123-ABC-456/images/sync.html')],
    ['an unknown path on the app host', fakeLocation('https://app-ab12.marketo.com/anything/#SF0A1')],
  ])('asks nothing and fills nothing on %s', async (_name, location) => {
    const report = await createFillAction(document, location)();
    expect(sendMock).not.toHaveBeenCalled();
    expect(report.tone).toBe('warning');
    expect(report.lines[0]).toContain('Nothing filled');
    expect(inputs().map((input) => input.value)).toEqual(['', '']);
  });

  it('asks nothing and fills nothing on a customer page that moved its address to the admin app with pushState', async () => {
    loadedAt('https://app-ab12.marketo.com/rs/123-ABC-456/images/sync.html');
    const report = await createFillAction(document, fakeLocation(MARKETO))();
    expect(sendMock).not.toHaveBeenCalled();
    expect(report.lines[0]).toContain('Nothing filled');
    expect(inputs().map((input) => input.value)).toEqual(['', '']);
  });

  it("gives a field a page script planted before Marketo's form nothing, and fills the form's own", async () => {
    sendMock.mockResolvedValue({ key: KEY, secret: SECRET });
    document.body.insertAdjacentHTML('afterbegin', '<div id="planted"><label for="p-secret">Consumer Secret:</label><input id="p-secret" type="password"></div>');
    const report = await createFillAction(document, fakeLocation(MARKETO))();
    expect(report.tone).toBe('success');
    expect(document.querySelector<HTMLInputElement>('#p-secret')!.value === '').toBe(true);
    expect([inputs()[0].value === KEY, inputs()[1].value === SECRET]).toEqual([true, true]);
  });

  it.each([
    ['a second form of its own with both fields and a Save button', '<form><label for="f-key">Consumer Key</label><input id="f-key"><label for="f-secret">Consumer Secret</label><input id="f-secret"><button type="button">Save</button></form>', 'body'],
    ["a second secret field inside Marketo's form", '<label for="f-secret">Consumer Secret</label><input id="f-secret">', 'form'],
  ])('fills nothing at all when a page script adds %s', async (_name, html, where) => {
    sendMock.mockResolvedValue({ key: KEY, secret: SECRET });
    document.querySelector(where === 'form' ? '.mkt-sfdc-sync form' : 'body')!.insertAdjacentHTML('afterbegin', html);
    const report = await createFillAction(document, fakeLocation(MARKETO))();
    expect(report.tone).toBe('error');
    expect(document.querySelector<HTMLInputElement>('#f-secret')!.value === '').toBe(true);
    expect(inputs().every((input) => input.value === '')).toBe(true);
  });

  it('says so when the background refuses or holds nothing', async () => {
    sendMock.mockResolvedValueOnce(undefined as never).mockResolvedValueOnce({});
    const fill = createFillAction(document, fakeLocation(MARKETO));
    expect((await fill()).lines[0]).toContain("not Marketo's admin application");
    expect((await fill()).lines[0]).toContain('holds no consumer key and secret');
    expect(inputs().map((input) => input.value)).toEqual(['', '']);
  });
});

describe('basic authentication', () => {
  it.each([null, 'de'])('is recognised and warned about (UI %s)', async (language) => {
    await showSyncPage(language ? `${language},basic` : 'basic');
    expect(syncWithSalesforce.observe(document)).toContainEqual({ type: 'oauth-feature', state: 'basic' });
    const guidance = syncWithSalesforce.guide!(document, guideContext({ consumerKey: KEY }));
    expect(guidance?.key).toBe('mkto-basic-auth');
    expect(guidance?.tone).toBe('warning');
    expect(guidance?.body).toContain('Ask Marketo Support');
    expect(guidance?.actions ?? []).toEqual([]);
  });
});

describe('the page watcher', () => {
  let controller: AbortController;
  let reported: Observation[];
  let changes: number;
  beforeEach(async () => {
    await showSyncPage(null);
    controller = new AbortController();
    reported = [];
    changes = 0;
    watchSyncPage(document, controller.signal, (observation) => reported.push(observation), () => changes++);
  });
  afterEach(() => controller.abort());
  // The watcher looks at most once a frame: a change is seen within one.
  const tick = () => new Promise((resolve) => setTimeout(resolve, FRAME_MS + 4));

  it('reports Save only with both fields filled', () => {
    syncPage.save(document)!.click();
    expect(reported).toEqual([]);
    inputs()[0].value = KEY;
    inputs()[1].value = SECRET;
    syncPage.save(document)!.click();
    expect(reported).toEqual([{ type: 'seen', milestone: 'mkto-credentials-saved' }]);
  });

  it('takes a click on the panel around the buttons for no button', () => {
    inputs()[0].value = KEY;
    inputs()[1].value = SECRET;
    syncPage.save(document)!.closest('.mkt-sfdc-sync')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    document.body.click();
    expect(reported).toEqual([]);
  });

  it('does not take "Sync in Progress" in a sentence, or hidden by Marketo, for the running sync', async () => {
    const note = document.createElement('p');
    note.textContent = 'Once started, the page says Sync in Progress until the first cycle ends.';
    document.body.append(note);
    const status = document.createElement('p');
    status.className = 'x-hide-display';
    status.textContent = 'Sync in Progress';
    document.body.append(status);
    await tick();
    expect(reported).toEqual([]);
  });

  it("takes Marketo's blocked message as blocked, and its silence as nothing (a message in an unknown language, a blocker)", async () => {
    vi.useFakeTimers();
    syncPage.login(document)!.click();
    vi.advanceTimersByTime(POPUP_VERDICT_MS);
    // Only the window's own page, opened and loaded, says pop-ups get through (lib/pages/oauth).
    expect(reported).toEqual([]);
    const unknownWords = document.querySelector<HTMLElement>('.mkt-popup-blocked')!;
    unknownWords.textContent = 'Votre navigateur a bloqué la fenêtre Salesforce.';
    unknownWords.hidden = false;
    syncPage.login(document)!.click();
    vi.advanceTimersByTime(POPUP_VERDICT_MS);
    expect(reported).toEqual([]);
    unknownWords.textContent = 'Your browser blocked the Salesforce window.';
    document.querySelector<HTMLElement>('.mkt-popup-blocked')!.hidden = false;
    syncPage.login(document)!.click();
    vi.advanceTimersByTime(POPUP_VERDICT_MS);
    expect(reported).toContainEqual({ type: 'popups', state: 'blocked' });
    expect(reported).not.toContainEqual({ type: 'popups', state: 'allowed' });
  });

  it('reports access given when Marketo asks to confirm, then Confirm Credentials, Start Salesforce Sync and the running sync, and asks for new words', async () => {
    showTemplate('#tpl-sfdc-confirm-dialog');
    await tick();
    expect(changes).toBe(1);
    syncPage.confirm(document)!.click();
    showStartStep('#tpl-sfdc-start-sf-sync');
    syncPage.startSalesforceSync(document)!.click();
    showTemplate('#tpl-sfdc-running', document.querySelector('.mkt-sync-status')!);
    document.querySelector<HTMLElement>('.mkt-sync-status')!.hidden = false;
    await tick();
    expect(reported).toEqual([
      // No Allow page needed to have been seen: pre-authorised users never get one.
      { type: 'seen', milestone: 'sf-allowed' },
      { type: 'seen', milestone: 'mkto-confirmed' },
      { type: 'seen', milestone: 'mkto-sf-sync-started' },
      { type: 'seen', milestone: 'mkto-sync-running' },
    ]);
  });

  it('shows the blocked-window card while Marketo says its window was blocked', () => {
    document.querySelector<HTMLElement>('.mkt-popup-blocked')!.hidden = false;
    const guidance = syncWithSalesforce.guide!(document, guideContext({ seen: { 'mkto-credentials-saved': now } }));
    expect(guidance?.key).toBe('mkto-popup-blocked');
    expect(guidance?.actions?.map((action) => action.id)).toEqual(['allow-popups', 'retry-login']);
  });
});
