// @vitest-environment happy-dom
// Labels as a person reads them, words chosen by the page's own language, and each page module's
// fallback where a fact it would like is missing (docs/pages.md lists them): the classic form
// without label `for`, in a language the guide has no words for, without its unconfirmed ids;
// External Client App Settings read by its toggle, and silent about a toggle it cannot read.
import { beforeEach, describe, expect, it } from 'vitest';
import { findControlByLabel, labelElementsOf, labelTextOf } from '../../lib/dom/deep-query';
import { caFields, connectedAppForm, readCaForm } from '../../lib/pages/salesforce/connected-app-form';
import { connectedAppSaved } from '../../lib/pages/salesforce/connected-app-saved';
import { externalClientAppForm } from '../../lib/pages/salesforce/external-client-app-form';
import { externalClientAppSettings } from '../../lib/pages/salesforce/external-client-app-settings';
import { languageOf, labelsFor, LABEL_TABLES, LABELS } from '../../lib/pages/salesforce/labels';
import { SCOPES } from '../sandbox/salesforce-pages.mjs';
import { useLocale } from './locale-messages';
import { guideContext, loadReplica, recordMessages } from './salesforce-replica';

const CALLBACK = 'https://app.marketo.com/salesforce/getSfdcOAuthTokensRedirect';
const $ = <E extends Element = HTMLInputElement>(suffix: string) => document.querySelector<E>(`[id$="${suffix}"]`)!;

beforeEach(() => {
  useLocale('en');
  document.documentElement.removeAttribute('lang');
});

describe('label association', () => {
  it.each([
    ['for', '<label for="x">Callback URL</label><textarea id="x"></textarea>'],
    ['a wrapping label', '<label>Callback URL <textarea id="x"></textarea></label>'],
    ['aria-labelledby', '<span id="a">Callback</span><span id="b">URL</span><textarea id="x" aria-labelledby="a b"></textarea>'],
    ['a two-cell row (th)', '<table><tr><th class="labelCol"><label>Callback URL</label></th><td class="dataCol"><textarea id="x"></textarea></td></tr></table>'],
    ['a two-cell row (td.labelCol)', '<table><tr><td class="labelCol">Callback URL</td><td class="dataCol"><div><textarea id="x"></textarea></div></td></tr></table>'],
  ])('finds the control through %s, and the label it shows there (which the guide keeps in sight)', (_how, html) => {
    document.body.innerHTML = html;
    expect(findControlByLabel(document, ['Callback URL'])?.id).toBe('x');
    const shown = labelElementsOf(document.getElementById('x')!).map((element) => element.textContent ?? '');
    expect(shown.join(' ')).toMatch(/Callback\s+URL/);
  });

  it("does not give a row's label to a list box nested in a table of its own, nor to one of several controls", () => {
    document.body.innerHTML = `<table><tr><th class="labelCol">Selected OAuth Scopes</th><td class="dataCol">
      <table><tr><td class="selectCell"><select multiple id="a"></select></td><td class="selectCell"><select multiple id="s"></select></td></tr></table></td></tr>
      <tr><th class="labelCol">Two</th><td class="dataCol"><input id="one"><input id="two"></td></tr></table>`;
    expect(labelTextOf(document.getElementById('a')!)).toBe('');
    expect(labelTextOf(document.getElementById('one')!)).toBe('');
    expect(findControlByLabel(document, ['Selected OAuth Scopes'])).toBeNull();
  });

  it("reads a toggle's label without its state words", () => {
    document.body.innerHTML = `<label class="slds-checkbox_toggle"><span class="slds-form-element__label">Allow creation of connected apps</span>
      <input type="checkbox" role="switch" aria-describedby="state"><span id="state"><span>Enabled</span><span>Disabled</span></span></label>`;
    expect(findControlByLabel(document, ['Allow creation of connected apps'])?.getAttribute('role')).toBe('switch');
  });
});

describe('words by the page language', () => {
  it.each([
    ['sv', 'sv'],
    ['sv-SE', 'sv'],
    ['pt_BR', 'pt-BR'],
    ['pt-br', 'pt-BR'],
    ['ja', 'ja'],
    ['nl-NL', 'nl'],
    ['xx', null],
    ['', null],
  ])('reads <html lang="%s"> as %s', (lang, expected) => {
    document.documentElement.lang = lang;
    expect(languageOf(document)).toBe(expected);
  });

  it("uses the page's language and English, never another language's words", () => {
    document.documentElement.lang = 'sv';
    expect(labelsFor(document, 'save')).toEqual(['Spara', 'Save']);
    document.documentElement.lang = 'de';
    expect(labelsFor(document, 'save')).toEqual(['Save']);
    document.documentElement.lang = 'ja';
    expect(labelsFor(document, 'pkce')).toContain('コード交換の証明鍵が必要 (PKCE)');
    document.documentElement.lang = 'nl';
    expect(labelsFor(document, 'save')).toEqual(['Opslaan', 'Save']);
  });

  it('reads a page of unknown language with every table', () => {
    expect(labelsFor(document, 'save')).toEqual(LABELS.save);
    expect(LABELS.save).toEqual(expect.arrayContaining(['Save', 'Spara', '保存']));
  });

  it('keeps a table for each language of Salesforce Setup the guide is asked to read', () => {
    expect(Object.keys(LABEL_TABLES).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'ja', 'nl', 'pt-BR', 'sv']);
  });
});

/** The classic form in German as the sandbox serves it: no `for` on any label. */
async function germanForm({ withoutUnconfirmedIds = false, lang = 'de' } = {}) {
  const scopeOptions = SCOPES.map((s) => `<option value="${s.token}">${s.de}</option>`).join('');
  await loadReplica('salesforce/ca-form.html', {
    lang: 'de',
    values: { formAction: '/app/mgmt/forceconnectedapps/forceAppEdit.apexp' },
    markup: { scopeOptions, errors: '' },
    script: 'salesforce/ca-form.js',
    transform: (html) => {
      let page = html.replace(/<label for="[^"]*">/g, '<label>').replace('<html lang="de"', `<html lang="${lang}"`);
      // The callback URL's id goes, and the Add link's (the replica's own script needs the lists' ids).
      if (withoutUnconfirmedIds) page = page.replace(/id="[^"]*(?::multiCallbackUrlSection:callbackUrl|:backingList_add)"/g, '');
      return page;
    },
  });
}

async function fill() {
  return connectedAppForm.guide!(document, guideContext())!.actions!.find((a) => a.id === 'fill')!.run();
}

describe("classic Connected App form where the guide has none of the page's words (French, or no language at all)", () => {
  beforeEach(() => {
    recordMessages();
  });

  // French: the page's words are the bench's German, none of which the French table holds.
  it.each([
    // No word of the page's: the secret boxes are found only by their words, so the admin ticks them.
    ['fr', 'please fill by hand: Require secret for Web Server Flow, Require secret for Refresh Token Flow'],
    // No language named: every table's words are tried, the bench's German among them, and all is found.
    ['', 'Check the form, then click Save'],
  ])('fills by ids and structure, unticks PKCE by the word in its label, says what is left (lang "%s")', async (lang, said) => {
    await germanForm({ lang });
    document.querySelector<HTMLTemplateElement>('#oauthSectionTemplate')!.content.querySelector<HTMLInputElement>('[id$=":pkceSection:pkce"]')!.defaultChecked = true;
    const report = await fill();
    expect($(':nameSection:name').value).toBe('Marketo Sync');
    expect($<HTMLTextAreaElement>(':callbackUrl').value).toBe(CALLBACK);
    expect($<HTMLSelectElement>(':backingList_s').options.length).toBe(SCOPES.length);
    expect($(':pkceSection:pkce').checked).toBe(false);
    expect(report.lines.join(' ')).toContain(said);
  });

  it('finds the callback URL as the one textarea after Enable OAuth, and Add as the first link of the button cell, without their ids', async () => {
    await germanForm({ withoutUnconfirmedIds: true });
    const report = await fill();
    expect(report.lines[0]).toContain('Callback URL, OAuth scopes (all)');
    expect(readCaForm(document)).toMatchObject({ oauthEnabled: true, callbackUrls: [CALLBACK], scopesAvailable: 0, pkce: false });
    expect([...$<HTMLSelectElement>(':backingList_s').options].map((option) => option.value)).toEqual(SCOPES.map((scope) => scope.token));
  });

  it('finds the available scopes by their tokens: the first list of the list box that holds them', async () => {
    await germanForm();
    $(':oauth:isOauth').click();
    const [available, selected] = [$<HTMLSelectElement>(':backingList_a'), $<HTMLSelectElement>(':backingList_s')];
    available.removeAttribute('id');
    selected.removeAttribute('id');
    expect(caFields.available(document)).toBe(available);
    // Moved across, the scopes now sit on the selected side: the available list is still the first.
    selected.append(...available.options);
    expect(caFields.available(document)).toBe(available);
  });

  it('takes no textarea for the callback URL when two stand in its place', async () => {
    await germanForm({ withoutUnconfirmedIds: true });
    $(':oauth:isOauth').click();
    caFields.callback(document)?.after(document.createElement('textarea'));
    expect(caFields.callback(document)).toBeNull();
  });

  it('recognises the saved page by its only submit button', async () => {
    await loadReplica('salesforce/ca-saved.html', { lang: 'de', values: { appName: 'Marketo Sync', detailPath: '/x' }, markup: { hiddenQuery: '' } });
    document.querySelector('input[type=submit]')!.removeAttribute('id');
    expect(connectedAppSaved.isShown(document)).toBe(true);
    expect(connectedAppSaved.guide!(document, guideContext())?.target?.()?.getAttribute('value')).toBe('Weiter');
  });
});

describe('classic Connected App form in Japanese', () => {
  beforeEach(() => {
    recordMessages();
  });

  it("finds the two secret boxes by Salesforce's Japanese words, in rows without `for`", async () => {
    const japanese: Record<string, string> = {
      'Geheimnis für Webserver-Fluss anfordern': 'Web サーバーフローの秘密が必要',
      'Geheimnis für Aktualisierungstoken-Fluss anfordern': '更新トークンフローの秘密が必要',
    };
    await germanForm({ lang: 'ja' });
    const template = document.querySelector<HTMLTemplateElement>('#oauthSectionTemplate')!.content;
    for (const label of template.querySelectorAll('th.labelCol label')) label.textContent = japanese[label.textContent ?? ''] ?? label.textContent;
    const report = await fill();
    expect($(':refreshSecretSection:requireSecret').checked).toBe(true);
    expect($(':webServerSecretSection:requireSecret').checked).toBe(true);
    expect(report.lines.join(' ')).not.toContain('Not found');
  });
});

describe('classic Connected App form in Dutch', () => {
  /** The rows of name and Enable OAuth Settings as label cells without `for`, their controls without ids. */
  function rows(lang: string) {
    document.documentElement.lang = lang;
    document.body.innerHTML = `<table>
      <tr><th class="labelCol"><label>Naam van verbonden app</label></th><td class="dataCol"><input type="text" name="n"></td></tr>
      <tr><th class="labelCol"><label>OAuth-instellingen inschakelen</label></th><td class="dataCol"><input type="checkbox" name="o"></td></tr>
    </table><input type="submit" value="Opslaan">`;
  }

  it("finds the fields without their ids by the words of Marketo's Dutch help, on a page in Dutch only", () => {
    rows('nl');
    expect(caFields.name(document)?.getAttribute('name')).toBe('n');
    expect(caFields.oauth(document)?.getAttribute('name')).toBe('o');
    expect(caFields.save(document)?.value).toBe('Opslaan');
    // The same words on a page that says it is French are not French words: nothing is guessed.
    rows('fr');
    expect(caFields.name(document)).toBeNull();
    expect(caFields.oauth(document)).toBeNull();
    expect(caFields.save(document)).toBeNull();
  });
});

describe('External Client App form', () => {
  it('is looked for on any page one level under the External Client App Manager, not only at one address', () => {
    const at = (path: string) => externalClientAppForm.matchesUrl(new URL(`https://acme.lightning.force.com${path}`));
    expect(at('/lightning/setup/ManageExternalClientApplication/create')).toBe(true);
    expect(at('/lightning/setup/ManageExternalClientApplication/new')).toBe(true);
    // An app's own page, which Lightning draws after its address has changed, is not the form's.
    expect(at('/lightning/setup/ManageExternalClientApplication/0xI000000000001/detail')).toBe(false);
    expect(at('/lightning/setup/BenchHeavyPage/home')).toBe(false);
    // The areas' own landing pages (the manager's list, Settings) are never the form: not looked at.
    expect(at('/lightning/setup/ManageExternalClientApplication/home')).toBe(false);
    expect(at('/lightning/setup/ExternalClientApplicationSettings/home')).toBe(false);
  });
});

/** External Client App Settings as Salesforce Help describes it: a lightning-input toggle and the New Connected App button. */
function settingsPage({ allowed, lang = 'en', label = 'Allow creation of connected apps' }: { allowed: boolean; lang?: string; label?: string }) {
  document.documentElement.lang = lang;
  document.body.innerHTML = `<div class="setupcontent">
    <lightning-button><button class="slds-button">New Connected App</button></lightning-button>
    <lightning-input><div class="slds-form-element"><label class="slds-checkbox_toggle slds-grid">
      <span class="slds-form-element__label">${label}</span>
      <input type="checkbox" role="switch" aria-describedby="toggle-state" ${allowed ? 'checked' : ''}>
      <span id="toggle-state" class="slds-checkbox_faux_container"><span class="slds-checkbox_on">Enabled</span><span class="slds-checkbox_off">Disabled</span></span>
    </label></div></lightning-input></div>`;
}

describe('External Client App Settings', () => {
  const url = new URL('https://acme.my.salesforce-setup.com/lightning/setup/ExternalClientApplicationSettings/home');

  it('points at New Connected App on path B when creation is allowed, and reports nothing against it', () => {
    settingsPage({ allowed: true });
    expect(externalClientAppSettings.matchesUrl(url)).toBe(true);
    expect(externalClientAppSettings.isShown(document)).toBe(true);
    expect(externalClientAppSettings.observe(document)).toEqual([]);
    const guidance = externalClientAppSettings.guide!(document, guideContext({ path: 'connected-app' }))!;
    expect(guidance.title).toBe('Create a Connected App');
    expect(guidance.target?.()?.textContent).toBe('New Connected App');
  });

  it('reports Connected Apps off from the toggle, and says why on either path', () => {
    settingsPage({ allowed: false });
    expect(externalClientAppSettings.observe(document)).toEqual([{ type: 'connected-apps-disabled' }]);
    for (const path of ['connected-app', 'eca'] as const) {
      const guidance = externalClientAppSettings.guide!(document, guideContext({ path }))!;
      expect(guidance.tone).toBe('warning');
      expect(guidance.title).toBe('Connected Apps are off in this org');
      expect(guidance.body).toContain('only Salesforce Support can turn it on');
      expect(guidance.target?.()?.getAttribute('role')).toBe('switch');
    }
  });

  it('points at New Connected App in Dutch, and says in words what to look for, having no Dutch word for the toggle', () => {
    settingsPage({ allowed: true, lang: 'nl', label: '(words the guide has no table for)' });
    document.querySelector('button')!.textContent = 'Nieuwe verbonden app';
    expect(externalClientAppSettings.isShown(document)).toBe(true);
    expect(externalClientAppSettings.observe(document)).toEqual([]);
    const guidance = externalClientAppSettings.guide!(document, guideContext({ path: 'connected-app' }))!;
    expect(guidance.body).toContain('Find the switch “Allow creation of connected apps”');
    expect(guidance.target?.()?.textContent).toBe('Nieuwe verbonden app');
  });

  it.each([
    ['de', 'Erstellung verbundener Anwendungen zulassen'],
    ['fr', "Autoriser la création d'applications connectées"],
    ['it', 'Consenti creazione di applicazioni connesse'],
  ])("reads the toggle by Salesforce Help's own words in its language (%s)", (lang, label) => {
    settingsPage({ allowed: false, lang, label });
    expect(externalClientAppSettings.observe(document)).toEqual([{ type: 'connected-apps-disabled' }]);
    settingsPage({ allowed: true, lang, label });
    expect(externalClientAppSettings.observe(document)).toEqual([]);
    expect(externalClientAppSettings.guide!(document, guideContext({ path: 'connected-app' }))!.body).not.toContain('Find the switch');
  });

  it('judges nothing from a toggle it cannot read, and says in words what to look for', () => {
    settingsPage({ allowed: false, lang: 'de', label: 'Erstellung verbundener Apps zulassen' });
    expect(externalClientAppSettings.isShown(document)).toBe(true);
    expect(externalClientAppSettings.observe(document)).toEqual([]);
    const guidance = externalClientAppSettings.guide!(document, guideContext({ path: 'connected-app' }))!;
    expect(guidance.body).toContain('Find the switch “Allow creation of connected apps”');
  });

  it('waits for the page to draw its settings', () => {
    document.body.innerHTML = '<div class="setupcontent"></div>';
    expect(externalClientAppSettings.isShown(document)).toBe(false);
  });
});
