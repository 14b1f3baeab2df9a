// Setup > App Manager > New External Client App (path A): Lightning web components in shadow
// roots without stable ids, so every control is found by its label (en, sv) and role. The guide
// fills what the recipe prescribes and leaves Create to the admin.
import { deepElements, findButtonByText, findControlByLabel, matchesAny } from '../../dom/deep-query';
import { fillText, setChecked, type FillOutcome } from '../../dom/fill';
import { waitFor } from '../../dom/wait-for';
import type { Guidance } from '../../guide/guidance';
import { t } from '../../i18n';
import { isMarketoCallback } from '../../journey/recipe';
import type { AppForm, Settings } from '../../schema';
import type { PageModule } from '../page-module';
import { FLOW_LABELS, fillAction, fillOAuthPart, type OAuthControls } from './app-form-fill';
import type { FieldResult } from './fill-report';
import { callbackUrlsOf, checkedOf, REDRAW_WAIT_MS, tickedLabels, valueOf } from './form-controls';
import { LABELS } from './labels';

/**
 * The form opens under the External Client App Manager; its own address there is not confirmed
 * (docs/pages.md), so it is known by what it shows, its name field, on any page one level under
 * the manager. An app's own pages lie deeper (<id>/detail) and are left to their module: Lightning
 * draws the next page after its address changes, and the form must not be taken for it meanwhile.
 */
const FORM_AREA = /^\/lightning\/setup\/ManageExternalClientApplication\/[^/]+\/?$/;

const nameField = (doc: Document) => findControlByLabel<HTMLInputElement>(doc, LABELS.ecaName);
const callbackFilled = (doc: Document) =>
  isMarketoCallback(valueOf(findControlByLabel(doc, LABELS.callbackUrl)) ?? '');
const available = (doc: Document) => findControlByLabel<HTMLElement>(doc, LABELS.availableScopes);

/** Opens the collapsed accordion sections, so the admin sees what the guide fills. */
function expandSections(doc: Document): void {
  for (const element of deepElements(doc)) {
    if (element.matches('button.slds-accordion__summary-action[aria-expanded="false"]')) (element as HTMLElement).click();
  }
}

/** The combobox's listbox (in the same shadow root), found through aria-controls. */
function listboxOf(combobox: Element): Element | null {
  const id = combobox.getAttribute('aria-controls');
  return id ? ((combobox.getRootNode() as Document | ShadowRoot).getElementById?.(id) ?? null) : null;
}

function selectedOptionOf(combobox: Element): Element | null {
  return listboxOf(combobox)?.querySelector('[role=option][aria-selected="true"]') ?? null;
}

/** Chooses Distribution State = Local the way a person does: open the list, click the option. */
async function chooseLocal(doc: Document, overwrite: boolean): Promise<FillOutcome> {
  const combobox = findControlByLabel<HTMLElement>(doc, LABELS.distributionState);
  if (!combobox) return 'missing';
  const isLocal = (option: Element) => option.getAttribute('data-value') === 'Local' || matchesAny(option.textContent, LABELS.local);
  const current = selectedOptionOf(combobox);
  if (current && isLocal(current)) return 'unchanged';
  if (current && !overwrite) return 'conflict';
  if (combobox.getAttribute('aria-expanded') !== 'true') combobox.click();
  const option = await waitFor(() => [...(listboxOf(combobox)?.querySelectorAll('[role=option]') ?? [])].find(isLocal) as HTMLElement | undefined, {
    timeoutMs: REDRAW_WAIT_MS,
  });
  if (!option) return 'missing';
  option.click();
  return selectedOptionOf(combobox) === option ? 'filled' : 'missing';
}

/** Selects every available scope (click the first, shift-click the last) and moves them across. */
function moveAllScopes(doc: Document): FillOutcome {
  const list = available(doc);
  if (!list) return 'missing';
  const options = [...list.querySelectorAll<HTMLElement>('[role=option]')];
  if (options.length === 0) return 'unchanged';
  options[0].click();
  options[options.length - 1].dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, shiftKey: true }));
  const move = findButtonByText<HTMLElement>(list.getRootNode() as ParentNode, LABELS.moveRight);
  if (!move) return 'missing';
  move.click();
  return list.querySelector('[role=option]') ? 'missing' : 'filled';
}

const oauthControls: OAuthControls = {
  callback: (doc) => findControlByLabel<HTMLTextAreaElement>(doc, LABELS.callbackUrl),
  selectAllScopes: moveAllScopes,
  pkce: (doc) => findControlByLabel<HTMLElement>(doc, LABELS.pkce),
  secretWeb: (doc) => findControlByLabel<HTMLElement>(doc, LABELS.requireSecretWeb),
  secretRefresh: (doc) => findControlByLabel<HTMLElement>(doc, LABELS.requireSecretRefresh),
};

async function fill(doc: Document, settings: Settings, overwrite: boolean): Promise<FieldResult[]> {
  expandSections(doc);
  const basics: FieldResult[] = [
    { field: 'name', outcome: fillText(nameField(doc), settings.appName, { overwrite }) },
    ...(settings.contactEmail ? [{ field: 'email' as const, outcome: fillText(findControlByLabel(doc, LABELS.contactEmail), settings.contactEmail, { overwrite }) }] : []),
    { field: 'distribution', outcome: await chooseLocal(doc, overwrite) },
    { field: 'oauth', outcome: setChecked(findControlByLabel<HTMLElement>(doc, LABELS.enableOauth), true) },
  ];
  return [...basics, ...(await fillOAuthPart(doc, oauthControls, settings, overwrite))];
}

export function readEcaForm(doc: Document): AppForm {
  const combobox = findControlByLabel(doc, LABELS.distributionState);
  const selected = combobox ? selectedOptionOf(combobox) : null;
  return {
    name: valueOf(nameField(doc)),
    email: valueOf(findControlByLabel(doc, LABELS.contactEmail)),
    distributionState: selected ? (selected.getAttribute('data-value') ?? selected.textContent?.trim()) : undefined,
    oauthEnabled: checkedOf(findControlByLabel(doc, LABELS.enableOauth)),
    callbackUrls: callbackUrlsOf(findControlByLabel(doc, LABELS.callbackUrl)),
    scopesAvailable: available(doc)?.querySelectorAll('[role=option]').length,
    pkce: checkedOf(findControlByLabel(doc, LABELS.pkce)),
    requireSecretForWebServerFlow: checkedOf(findControlByLabel(doc, LABELS.requireSecretWeb)),
    requireSecretForRefreshTokenFlow: checkedOf(findControlByLabel(doc, LABELS.requireSecretRefresh)),
    flowsEnabled: tickedLabels(doc, FLOW_LABELS),
  };
}

const ecaForm = {
  path: 'eca',
  finalStep: 'create',
  fill,
  read: readEcaForm,
  controls: {
    name: nameField,
    email: (doc: Document) => findControlByLabel(doc, LABELS.contactEmail),
    distribution: (doc: Document) => findControlByLabel(doc, LABELS.distributionState),
    oauth: (doc: Document) => findControlByLabel(doc, LABELS.enableOauth),
    callback: oauthControls.callback,
    scopes: available,
    pkce: oauthControls.pkce,
    secretWeb: oauthControls.secretWeb,
    secretRefresh: oauthControls.secretRefresh,
  },
} as const;

export const externalClientAppForm: PageModule = {
  id: 'salesforce/external-client-app-form',
  matchesUrl: (url) => FORM_AREA.test(url.pathname),
  isShown: (doc) => nameField(doc) !== null,
  observe: (doc) => [
    { type: 'seen', milestone: 'eca-form' },
    { type: 'app-form', path: 'eca', form: readEcaForm(doc) },
  ],
  guide(doc, { settings }): Guidance {
    return {
      key: 'salesforce/eca-form',
      title: t('sf_eca_form_title'),
      body: t('sf_eca_form_body'),
      // First the form, then (once it holds Marketo's callback URL) Create, the admin's next click;
      // the card moves along and stops covering the fields.
      target: () => {
        const create = findButtonByText(doc, LABELS.create);
        return (callbackFilled(doc) && create) || nameField(doc) || create;
      },
      actions: [
        { id: 'fill', label: t('sf_action_fill'), run: fillAction(ecaForm, doc, settings, false) },
        { id: 'replace', label: t('sf_action_replace'), run: fillAction(ecaForm, doc, settings, true) },
      ],
    };
  },
};

// Real URLs (assumed, see FORM_AREA):
//   https://<mydomain>.lightning.force.com/lightning/setup/ManageExternalClientApplication/create
//   https://<mydomain>.my.salesforce-setup.com/lightning/setup/ManageExternalClientApplication/create
