// @vitest-environment happy-dom
// The External Client App path's page modules against their replica pages, in English and Swedish,
// and in Dutch, which the guide has no words for on these pages (docs/pages.md).
// The form's fields are the replica's Lightning web components (real open shadow roots, no ids),
// so the module must find everything by label and role, as on the real page.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { externalClientAppDetail, readEcaSettings } from '../../lib/pages/salesforce/external-client-app-detail';
import { externalClientAppForm, readEcaForm } from '../../lib/pages/salesforce/external-client-app-form';
import { externalClientAppManager } from '../../lib/pages/salesforce/external-client-app-manager';
import { SCOPES } from '../sandbox/salesforce-pages.mjs';
import { useLocale } from './locale-messages';
import { guideContext, loadReplica, recordMessages, SETTINGS } from './salesforce-replica';

const CALLBACK = 'https://app.marketo.com/salesforce/getSfdcOAuthTokensRedirect';
const scopeOptions = (lang: 'en' | 'sv') => SCOPES.map((s) => `<option value="${s.token}">${s[lang]}</option>`).join('');
/** A component of the replica by its (replica-only) data-field, for the test's own assertions. */
const host = (field: string) => document.querySelector(`[data-field="${field}"]`) as HTMLElement & { value: any; checked: boolean };

beforeAll(async () => {
  // The components fetch the sandbox's stylesheet; here there is no sandbox to answer.
  vi.stubGlobal('fetch', async () => new Response(''));
  // The replica's components and the form's behaviour, as the sandbox's pages load them.
  await import('../sandbox/replicas/salesforce/lightning-components.js');
  await import('../sandbox/replicas/salesforce/eca-form.js');
});

async function runAction(id: string) {
  const action = externalClientAppForm.guide!(document, guideContext())!.actions!.find((a) => a.id === id)!;
  return action.run();
}

describe.each(['en', 'sv'] as const)('External Client App form (%s)', (lang) => {
  let sent: unknown[];
  beforeEach(async () => {
    useLocale('en');
    sent = recordMessages();
    await loadReplica('salesforce/eca-form.html', { lang, markup: { scopeOptions: scopeOptions(lang) } });
  });

  it('recognises the form once its components have drawn the name field', () => {
    expect(externalClientAppForm.matchesUrl(new URL('https://acme.my.salesforce-setup.com/lightning/setup/ManageExternalClientApplication/create'))).toBe(true);
    expect(externalClientAppForm.isShown(document)).toBe(true);
    expect(readEcaForm(document)).toMatchObject({ name: '', oauthEnabled: false, callbackUrls: undefined, scopesAvailable: undefined });
  });

  it('fills the form: fields in shadow roots, the combobox, the dual list box, the boxes', async () => {
    const report = await runAction('fill');
    expect(report.lines).toContain('Check the form, then click Create.');
    expect(report.tone).toBe('success');
    expect(host('appName').value).toBe('Marketo Sync');
    expect(host('contactEmail').value).toBe('admin@acme.example');
    expect(host('distributionState').value).toBe('Local');
    expect(host('enableOauth').checked).toBe(true);
    expect(host('callbackUrl').value).toBe(CALLBACK);
    expect(host('scopes').value).toEqual(SCOPES.map((s) => s.token));
    expect(host('pkce').checked).toBe(false);
    expect(host('requireSecretWebServer').checked).toBe(true);
    expect(host('requireSecretRefresh').checked).toBe(true);
    expect(readEcaForm(document)).toMatchObject({ distributionState: 'Local', scopesAvailable: 0, flowsEnabled: [], pkce: false });
    expect(sent).toContainEqual({ kind: 'observe', observation: expect.objectContaining({ type: 'app-form', path: 'eca' }) });
  });

  it('does not overwrite a Distribution State the admin chose, until asked', async () => {
    const combobox = host('distributionState').shadowRoot!.querySelector<HTMLElement>('[role=combobox]')!;
    combobox.click();
    host('distributionState').shadowRoot!.querySelector<HTMLElement>('[data-value=Packaged]')!.click();
    const report = await runAction('fill');
    expect(report.lines.join(' ')).toMatch(/Left as you typed them.*Distribution State/);
    expect(host('distributionState').value).toBe('Packaged');
    await runAction('replace');
    expect(host('distributionState').value).toBe('Local');
  });

  it('reads the boxes back after their components re-render, not before: a box the page ticks again is not kept', async () => {
    // A component that redraws its box from its own state in the microtask after the click, as
    // Lightning's do: the click unticks the box natively, the render ticks it again.
    // (The box is drawn only once Enable OAuth is ticked.)
    const retick = (event: Event) => {
      const box = event.composedPath()[0] as HTMLInputElement;
      if ((box.getRootNode() as ShadowRoot).host?.getAttribute('data-field') === 'pkce') queueMicrotask(() => (box.checked = true));
    };
    document.addEventListener('click', retick, true);
    const report = await runAction('fill').finally(() => document.removeEventListener('click', retick, true));
    expect(host('pkce').shadowRoot!.querySelector('input')!.checked).toBe(true);
    expect(report.tone).toBe('warning');
    expect(report.lines.join(' ')).toMatch(/not kept by the page, please set by hand: PKCE/);
  });

  it('says which value the page did not keep, finishes within a bound, and leaves the list closed', async () => {
    // A combobox whose options take no click: the page never shows Local as chosen.
    const list = host('distributionState').shadowRoot!.querySelector('[role=listbox]')!;
    list.addEventListener('click', (event) => event.stopImmediatePropagation(), { capture: true });
    const started = Date.now();
    const report = await runAction('fill');
    expect(Date.now() - started).toBeLessThan(3000);
    expect(report.tone).toBe('warning');
    expect(report.lines).toContain('Found but not kept by the page, please set by hand: Distribution State (Local).');
    expect(report.lines).not.toContain('Check the form, then click Create.');
    expect(report.lines.join(' ')).toMatch(/Filled: App name, Contact email, Enable OAuth/);
    expect(host('distributionState').shadowRoot!.querySelector('[role=combobox]')!.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('External Client App form in a language the guide has no words for (Dutch)', () => {
  beforeEach(async () => {
    useLocale('en');
    recordMessages();
    // The replica named Dutch, each field's label in words no table holds: Salesforce's own Dutch
    // for them is in no source the guide has (docs/pages.md), so none is guessed here either.
    let field = 0;
    await loadReplica('salesforce/eca-form.html', {
      lang: 'en',
      markup: { scopeOptions: scopeOptions('en') },
      transform: (html) => html.replace('lang="en"', 'lang="nl"').replace(/ label="[^"]*"/g, () => ` label="(field ${++field})"`),
    });
  });

  it('is known by its sections, not left silent, and says what the form needs', () => {
    expect(externalClientAppForm.isShown(document)).toBe(true);
    const guidance = externalClientAppForm.guide!(document, guideContext())!;
    expect(guidance.title).toBe('Create the External Client App');
    expect(guidance.body).toContain('Distribution State Local');
  });

  it('fills nothing it cannot find, and names each such field for the admin to fill by hand', async () => {
    const report = await runAction('fill');
    expect(report.tone).toBe('warning');
    expect(report.lines.join(' ')).toMatch(/please fill by hand: App name, .*Callback URL/);
    expect(host('appName').value).toBe('');
  });

  it('waits for its components like any other page: a page with nothing drawn is not the form', () => {
    document.body.innerHTML = '<div class="ecaForm"></div>';
    expect(externalClientAppForm.isShown(document)).toBe(false);
  });
});

describe('addresses not confirmed by a public source', () => {
  it('looks at other External Client App addresses too, and recognises each page by what it shows', async () => {
    const at = (path: string) => new URL(`https://acme.lightning.force.com${path}`);
    expect(externalClientAppForm.matchesUrl(at('/lightning/setup/ExternalClientApplicationManager/new'))).toBe(true);
    expect(externalClientAppDetail.matchesUrl(at('/lightning/setup/ManageExternalClientApplication/0Xy5g000000AbCd/detail'))).toBe(true);
    expect(externalClientAppDetail.matchesUrl(at('/lightning/setup/ExternalClientApps/0Xy5g000000AbCdEAF/view'))).toBe(true);
    expect(externalClientAppForm.matchesUrl(at('/lightning/setup/NavigationMenus/home'))).toBe(false);
    // On the detail page the form is not shown (its name is a saved value, not a field).
    useLocale('en');
    await loadReplica('salesforce/eca-detail.html', { values: { appName: 'Marketo Sync', callbackUrl: CALLBACK, pkce: 'No', consumerUrl: '/verify' } });
    await new Promise((resolve) => setTimeout(resolve, 50)); // components draw
    expect(externalClientAppDetail.isShown(document)).toBe(true);
    expect(externalClientAppForm.isShown(document)).toBe(false);
  });
});

describe('External Client App detail', () => {
  it.each(['en', 'sv'] as const)('reads back what was saved from the Settings tab and points at the tab first (%s)', async (lang) => {
    useLocale('en');
    await loadReplica('salesforce/eca-detail.html', {
      lang,
      values: { appName: 'Marketo Sync', callbackUrl: CALLBACK, pkce: lang === 'sv' ? 'Nej' : 'No', consumerUrl: '/verify' },
      markup: { scopeItems: SCOPES.map((s) => `<li>${s[lang]}</li>`).join('') },
    });
    await new Promise((resolve) => setTimeout(resolve, 50)); // components draw
    expect(externalClientAppDetail.isShown(document)).toBe(true);
    const settings = readEcaSettings(document)!;
    expect(settings.callbackUrls).toEqual([CALLBACK]);
    expect(settings.scopes).toEqual(expect.arrayContaining(['api', 'refresh_token', 'full']));
    expect(settings.pkce).toBe(false);
    const guidance = externalClientAppDetail.guide!(document, guideContext());
    expect(guidance?.tone).toBe('info');
    expect(guidance?.target?.()?.getAttribute('role')).toBe('tab');
    expect(externalClientAppDetail.observe(document)).toContainEqual({ type: 'seen', milestone: 'eca-created' });
  });

  it('speaks on a Dutch page whose tabs it has no words for: in words, pointing at nothing', async () => {
    useLocale('en');
    // The English replica named Dutch, its tabs, terms and button in words no table holds (none is guessed).
    await loadReplica('salesforce/eca-detail.html', {
      lang: 'en',
      values: { appName: 'Marketo Sync', callbackUrl: CALLBACK, pkce: 'No', consumerUrl: '/verify' },
      markup: { scopeItems: SCOPES.map((s) => `<li>${s.en}</li>`).join('') },
      transform: (html) =>
        html
          .replace('lang="en"', 'lang="nl"')
          .replace(/(data-tab="\w+">)[^<]*</g, '$1(tab)<')
          .replace(/<dt>[^<]*<\/dt>/g, '<dt>(term)</dt>')
          .replace('label="Consumer Key and Secret"', 'label="(button)"'),
    });
    await new Promise((resolve) => setTimeout(resolve, 50)); // components draw
    expect(externalClientAppDetail.isShown(document)).toBe(true);
    expect(externalClientAppDetail.observe(document)).toContainEqual({ type: 'seen', milestone: 'eca-created' });
    const guidance = externalClientAppDetail.guide!(document, guideContext())!;
    expect(guidance.body).toContain('Open the Settings tab, then click “Consumer Key and Secret”');
    expect(guidance.target?.()).toBeNull();
  });
});

/**
 * External Client App Manager as the bench's page draws it (test/sandbox/lwc/c/ecaManager): the
 * header's New button (a lightning-button) and the org's apps, each name a link to its page.
 */
async function ecaManagerPage(lang: string, newLabel: string, apps: string[]) {
  document.documentElement.lang = lang;
  const rows = apps.map((name, index) => `<tr><th scope="row"><a href="/lightning/setup/ManageExternalClientApplication/0xI${index}/detail" title="${name}">${name}</a></th></tr>`);
  document.body.innerHTML = `
    <div class="slds-page-header"><h1>External Client App Manager</h1><lightning-button label="${newLabel}" title="${newLabel}"></lightning-button></div>
    <table role="grid"><tbody>${rows.join('')}</tbody></table>`;
  await new Promise((resolve) => setTimeout(resolve, 10)); // components draw
}

describe('External Client App Manager', () => {
  const MANAGER = new URL('https://acme.my.salesforce-setup.com/lightning/setup/ManageExternalClientApplication/home');
  beforeEach(() => useLocale('en'));

  it('is its own page: not the form, not Settings', () => {
    expect(externalClientAppManager.matchesUrl(MANAGER)).toBe(true);
    expect(externalClientAppForm.matchesUrl(MANAGER)).toBe(false);
    expect(externalClientAppManager.matchesUrl(new URL('https://acme.lightning.force.com/lightning/setup/ExternalClientApplicationSettings/home'))).toBe(false);
    expect(externalClientAppManager.matchesUrl(new URL('https://acme.lightning.force.com/lightning/setup/ManageExternalClientApplication/create'))).toBe(false);
  });

  it.each([
    ['en', 'New External Client App'],
    ['sv', 'Ny extern klientapp'],
  ])('points at New External Client App while the app is not created (%s page)', async (lang, label) => {
    await ecaManagerPage(lang, label, ['Another App']);
    expect(externalClientAppManager.isShown(document)).toBe(true);
    const guidance = externalClientAppManager.guide!(document, guideContext())!;
    expect(guidance.title).toBe('Create an External Client App');
    expect(guidance.body).toContain('New External Client App');
    expect(guidance.target?.()?.textContent).toBe(label);
  });

  it('says it in Swedish for a Swedish browser', async () => {
    useLocale('sv');
    await ecaManagerPage('sv', 'Ny extern klientapp', []);
    const guidance = externalClientAppManager.guide!(document, guideContext())!;
    expect(guidance.title).toBe('Skapa en extern klientapp');
    expect(guidance.body).toContain('Ny extern klientapp');
  });

  it('points at the app in the list when it is there, whatever the page knows of the journey', async () => {
    await ecaManagerPage('en', 'New External Client App', ['Another App', SETTINGS.appName]);
    const guidance = externalClientAppManager.guide!(document, guideContext())!;
    expect(guidance.title).toBe('Open your External Client App');
    expect(guidance.body).toContain(`“${SETTINGS.appName}” is in the list`);
    expect(guidance.body).toContain('Consumer Key and Secret');
    const target = guidance.target?.();
    expect(target?.localName).toBe('a');
    expect(target?.textContent).toBe(SETTINGS.appName);
  });

  it('looks for the app in the list only, not among Setup\'s other links', async () => {
    await ecaManagerPage('en', 'New External Client App', ['Another App']);
    document.body.insertAdjacentHTML('afterbegin', '<nav><a href="/lightning/setup/ExternalClientApplicationSettings/home">Settings</a></nav>');
    const guidance = externalClientAppManager.guide!(document, guideContext({}, { ...SETTINGS, appName: 'Settings' }))!;
    expect(guidance.title).toBe('Create an External Client App');
    expect(guidance.target?.()?.textContent).toBe('New External Client App');
  });

  it('once the journey saw the app created, says to open it even where the list does not show its name', async () => {
    await ecaManagerPage('en', 'New External Client App', ['Renamed By Admin']);
    const guidance = externalClientAppManager.guide!(document, guideContext({ seen: { 'eca-created': 1 } }))!;
    expect(guidance.title).toBe('Open your External Client App');
    expect(guidance.body).toContain(`find “${SETTINGS.appName}” (or the name you gave it)`);
    // Nothing to point at: no guess at another app.
    expect(guidance.target?.()).toBeNull();
  });

  it('on the Connected App path, says where New Connected App is and points at nothing', async () => {
    await ecaManagerPage('en', 'New External Client App', []);
    const guidance = externalClientAppManager.guide!(document, guideContext({ path: 'connected-app' }))!;
    expect(guidance.title).toBe('Create a Connected App');
    expect(guidance.body).toContain('Setup > External Client Apps > Settings');
    expect(guidance.target).toBeUndefined();
  });

  // Finnish: a language the guide keeps no table for; German: one whose table has no word for the
  // button (labels.ts). Both labels are made up: whatever the page says, the guide cannot read it.
  it.each([
    ['fi', 'Uusi ulkoinen asiakassovellus'],
    ['de', 'Neue externe Client-App'],
  ])('in a language it has no words for (%s), counts the page drawn by its Lightning button and says in words what to click', async (lang, label) => {
    await ecaManagerPage(lang, label, []);
    expect(externalClientAppManager.isShown(document)).toBe(true);
    const guidance = externalClientAppManager.guide!(document, guideContext())!;
    expect(guidance.title).toBe('Create an External Client App');
    expect(guidance.body).toContain('New External Client App');
    expect(guidance.target?.()).toBeNull();
  });

  it('counts the page drawn by its list where New External Client App is missing, and says in words what to click', async () => {
    await ecaManagerPage('en', 'New Lightning App', ['Another App']);
    expect(externalClientAppManager.isShown(document)).toBe(true);
    const guidance = externalClientAppManager.guide!(document, guideContext())!;
    expect(guidance.body).toContain('New External Client App');
    expect(guidance.target?.()).toBeNull();
  });

  it('waits for the components before deciding anything', () => {
    document.documentElement.lang = 'en';
    document.body.innerHTML = '<div class="setupPage ecaManagerPage"></div>';
    expect(externalClientAppManager.isShown(document)).toBe(false);
  });

  it('asks the guide again when the list draws its rows after the header', async () => {
    await ecaManagerPage('en', 'New External Client App', []);
    expect(externalClientAppManager.guide!(document, guideContext())!.title).toBe('Create an External Client App');
    const pageChanged = vi.fn();
    const left = new AbortController();
    externalClientAppManager.watch!(document, left.signal, pageChanged);
    document.querySelector('tbody')!.innerHTML = `<tr><th scope="row"><a href="/x">${SETTINGS.appName}</a></th></tr>`;
    await vi.waitFor(() => expect(pageChanged).toHaveBeenCalledTimes(1));
    expect(externalClientAppManager.guide!(document, guideContext())!.title).toBe('Open your External Client App');
    left.abort();
  });
});
