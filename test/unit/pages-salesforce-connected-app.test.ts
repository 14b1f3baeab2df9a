// @vitest-environment happy-dom
// The Connected App path's page modules against their replica pages, in English and Swedish:
// recognise the page, locate its fields (JSF ids first, labels for the rest), fill it as the recipe
// says without overwriting the admin's values, and read back what was saved.
import { beforeEach, describe, expect, it } from 'vitest';
import { connectedAppDetail, readCaSettings } from '../../lib/pages/salesforce/connected-app-detail';
import { connectedAppForm, readCaForm } from '../../lib/pages/salesforce/connected-app-form';
import { connectedAppSaved } from '../../lib/pages/salesforce/connected-app-saved';
import { SCOPES } from '../sandbox/salesforce-pages.mjs';
import { useLocale } from './locale-messages';
import { guideContext, loadReplica, recordMessages, SETTINGS } from './salesforce-replica';

const CALLBACK = 'https://app.marketo.com/salesforce/getSfdcOAuthTokensRedirect';
const scopeOptions = (lang: 'en' | 'sv') => SCOPES.map((s) => `<option value="${s.token}">${s[lang]}</option>`).join('');
const $ = <E extends Element = HTMLInputElement>(suffix: string) => document.querySelector<E>(`[id$="${suffix}"]`)!;

async function runAction(id: string) {
  const action = connectedAppForm.guide!(document, guideContext())!.actions!.find((a) => a.id === id)!;
  return action.run();
}

describe.each(['en', 'sv'] as const)('Connected App form (%s)', (lang) => {
  let sent: unknown[];
  beforeEach(async () => {
    useLocale('en');
    sent = recordMessages();
    await loadReplica('salesforce/ca-form.html', {
      lang,
      values: { formAction: '/app/mgmt/forceconnectedapps/forceAppEdit.apexp' },
      markup: { scopeOptions: scopeOptions(lang), errors: '' },
      script: 'salesforce/ca-form.js',
    });
  });

  it('recognises the form at its classic address, framed or not, and not the saved page there', () => {
    expect(connectedAppForm.matchesUrl(new URL('https://acme.my.salesforce.com/app/mgmt/forceconnectedapps/forceAppEdit.apexp?sfdcIFrameHost=web'))).toBe(true);
    expect(connectedAppForm.matchesUrl(new URL('https://acme.lightning.force.com/lightning/setup/NavigationMenus/home'))).toBe(false);
    expect(connectedAppForm.isShown(document)).toBe(true);
    expect(connectedAppSaved.isShown(document)).toBe(false);
  });

  it('reports the form as it stands: OAuth off, its section not drawn yet', () => {
    expect(connectedAppForm.observe(document)).toEqual([
      { type: 'seen', milestone: 'ca-form' },
      { type: 'app-form', path: 'connected-app', form: expect.objectContaining({ name: '', oauthEnabled: false, callbackUrls: undefined }) },
    ]);
  });

  it('fills everything the recipe prescribes, waiting for the OAuth section to appear', async () => {
    const report = await runAction('fill');
    expect(report.tone).toBe('success');
    expect(report.lines.at(-1)).toBe('Check the form, then click Save.');
    expect($(':nameSection:name').value).toBe('Marketo Sync');
    expect($(':developerNameSection:developerName').value).toBe('Marketo_Sync'); // the page derives it
    expect($(':emailSection:contactEmail').value).toBe('admin@acme.example');
    expect($(':oauth:isOauth').checked).toBe(true);
    expect($<HTMLTextAreaElement>(':callbackUrl').value).toBe(CALLBACK);
    expect($<HTMLSelectElement>(':backingList_a').options.length).toBe(0);
    expect([...$<HTMLSelectElement>(':backingList_s').options].map((o) => o.value)).toEqual(SCOPES.map((s) => s.token));
    expect($(':pkceSection:pkce').checked).toBe(false);
    expect($(':webServerSecretSection:requireSecret').checked).toBe(true);
    expect($(':refreshSecretSection:requireSecret').checked).toBe(true);
    expect($(':deviceCheckbox').checked).toBe(false);
    expect(readCaForm(document)).toMatchObject({ oauthEnabled: true, callbackUrls: [CALLBACK], scopesAvailable: 0, pkce: false });
    expect(sent).toContainEqual({ kind: 'observe', observation: expect.objectContaining({ type: 'app-form', path: 'connected-app' }) });
  });

  it('leaves a different name the admin typed, says so, and replaces it only when asked', async () => {
    $(':nameSection:name').value = 'My own name';
    const report = await runAction('fill');
    expect(report.tone).toBe('warning');
    expect(report.lines.join(' ')).toMatch(/Left as you typed them.*App name/);
    expect($(':nameSection:name').value).toBe('My own name');
    expect($<HTMLTextAreaElement>(':callbackUrl').value).toBe(CALLBACK);
    await runAction('replace');
    expect($(':nameSection:name').value).toBe('Marketo Sync');
  });

  it('finds Add by its image when the link has no id', async () => {
    const section = document.querySelector<HTMLTemplateElement>('#oauthSectionTemplate')!.content;
    section.querySelector('a[id$="backingList_add"]')!.removeAttribute('id');
    const report = await runAction('fill');
    expect(report.tone).toBe('success');
    expect($<HTMLSelectElement>(':backingList_a').options.length).toBe(0);
  });

  it('asks for the contact email when the options hold none, instead of calling it missing', async () => {
    const action = connectedAppForm.guide!(document, guideContext({}, { ...SETTINGS, contactEmail: '' }))!.actions![0];
    const report = await action.run();
    expect(report.lines).toContain("Contact email: type it here, or set it in the extension's options for next time.");
    expect(report.lines.join(' ')).not.toContain('Not found');
    expect($(':emailSection:contactEmail').value).toBe('');
  });

  it('says in words what it could not find instead of failing', async () => {
    // A release renamed the box (and its id was never stable): the section is drawn on tick.
    const section = document.querySelector<HTMLTemplateElement>('#oauthSectionTemplate')!.content;
    section.querySelector('label[for$=":refreshSecretSection:requireSecret"]')!.textContent = 'Some new label';
    const report = await runAction('fill');
    expect(report.tone).toBe('warning');
    expect(report.lines.join(' ')).toContain('Not found on this page, please fill by hand: Require secret for Refresh Token Flow');
  });
});

describe('Connected App saved and detail pages', () => {
  beforeEach(() => useLocale('en'));

  it('recognises the saved page by its Continue', async () => {
    await loadReplica('salesforce/ca-saved.html', { values: { appName: 'Marketo Sync', detailPath: '/x' }, markup: { hiddenQuery: '' } });
    expect(connectedAppSaved.isShown(document)).toBe(true);
    expect(connectedAppForm.isShown(document)).toBe(false);
    expect(connectedAppSaved.observe(document)).toEqual([{ type: 'seen', milestone: 'ca-saved' }]);
  });

  it.each(['en', 'sv'] as const)('reads back the saved callback URL, scopes and PKCE, and warns about a wrong one (%s)', async (lang) => {
    await loadReplica('salesforce/ca-detail.html', {
      lang,
      values: { appName: 'Marketo Sync', callbackUrl: 'https://app.marketo.com/wrong', pkce: 'true', consumerUrl: '/verify' },
      markup: { scopeItems: `<li>${SCOPES[1][lang]}</li><li>${SCOPES[3][lang]}</li>` },
    });
    expect(connectedAppDetail.isShown(document)).toBe(true);
    expect(readCaSettings(document)).toEqual({
      callbackUrls: ['https://app.marketo.com/wrong'],
      scopes: ['api', 'refresh_token', 'offline_access'],
      pkce: true,
    });
    const guidance = connectedAppDetail.guide!(document, guideContext());
    expect(guidance?.tone).toBe('warning');
    expect(guidance?.body).toContain('https://app.marketo.com/wrong');
    expect(guidance?.body).toContain('PKCE is on');
    expect(guidance?.target?.()?.id).toMatch(/:manageConsumer$/);
  });
});
