// Setup > App Manager > New External Client App (path A): Salesforce's Lightning base components
// (lightning-input, -combobox, -dual-listbox, -textarea) in shadow roots without stable ids, under
// synthetic or native shadow, so every control is found by its label (en, sv, de) and role. Each
// value is set through the component as a person would and confirmed after the component
// re-renders; the report says what held. The guide leaves Create to the admin.
import { deepElements, findButtonByText, findControlByLabel, matchesAny } from '../../dom/deep-query';
import { moveAllToSelected } from '../../dom/dual-listbox';
import { fillText, setChecked } from '../../dom/fill';
import { labelIndex, type ControlFinder } from '../../dom/label-index';
import { chooseOption, chosenOption } from '../../dom/lightning-combobox';
import { nextRender, untilRendered } from '../../dom/settle';
import type { Guidance } from '../../guide/guidance';
import { t } from '../../i18n';
import { isMarketoCallback, recipe } from '../../journey/recipe';
import type { AppForm, Settings } from '../../schema';
import type { PageModule } from '../page-module';
import { FLOW_LABELS, fillAction, fillOAuthPart, type OAuthControls } from './app-form-fill';
import type { FieldResult, FormField } from './fill-report';
import { callbackUrlsOf, checkedOf, tickedAmong, valueOf } from './form-controls';
import { LABELS } from './labels';

/**
 * The form's own address is not confirmed by a public source (docs/pages.md): any page one level
 * under an External Client App area of Setup is looked at, and the form is known by what it shows,
 * its name field (isShown). An app's own pages lie deeper (<id>/detail) and are left to their
 * module: Lightning draws the next page after its address changes, and the form must not be taken
 * for it meanwhile.
 */
const ECA_AREA = /^\/lightning\/setup\/[^/]*ExternalClient[^/]*\/[^/]+\/?$/i;
/** Lightning's landing page of every Setup area (the manager's list, Settings): never the form. */
const AREA_HOME = /\/home\/?$/i;

const nameField = (doc: Document) => findControlByLabel<HTMLInputElement>(doc, LABELS.ecaName);
const callbackFilled = (doc: Document) => isMarketoCallback(valueOf(findControlByLabel(doc, LABELS.callbackUrl)) ?? '');
const LOCAL = { value: 'Local', labels: LABELS.local };
/** How long the components may take to show what the fill set. */
const HOLD_WAIT_MS = 1000;

/** Opens the collapsed accordion sections, so the admin sees what the guide fills. */
function expandSections(doc: Document): void {
  for (const element of deepElements(doc)) {
    if (element.matches('button.slds-accordion__summary-action[aria-expanded="false"]')) (element as HTMLElement).click();
  }
}

/** The value the combobox shows as chosen: its chosen option's value, else the trigger's value. */
function chosenDistribution(trigger: Element | null): string | undefined {
  if (!trigger) return undefined;
  const value = chosenOption(trigger)?.getAttribute('data-value') ?? trigger.getAttribute('data-value');
  if (value) return value;
  return matchesAny(trigger.textContent, LABELS.local) ? 'Local' : undefined;
}

/** The OAuth part's controls, looked up in one index of the page's labelled controls. */
const oauthControls = (find: ControlFinder): OAuthControls => ({
  callback: () => find<HTMLTextAreaElement>(LABELS.callbackUrl),
  selectAllScopes: () =>
    moveAllToSelected({ source: () => find(LABELS.availableScopes), selected: () => find(LABELS.selectedScopes), moveLabels: LABELS.moveRight }),
  pkce: () => find<HTMLElement>(LABELS.pkce),
  secretWeb: () => find<HTMLElement>(LABELS.requireSecretWeb),
  secretRefresh: () => find<HTMLElement>(LABELS.requireSecretRefresh),
  flows: () => find.all(FLOW_LABELS.flat()),
});

/** Whether the form, as read back from its components, holds what the guide set in `field`. */
function holds(form: AppForm, field: FormField, settings: Settings): boolean {
  const rules = recipe({ pkce: settings.pkce });
  switch (field) {
    case 'name': return form.name === settings.appName;
    case 'email': return form.email === settings.contactEmail;
    case 'distribution': return form.distributionState === 'Local';
    case 'oauth': return form.oauthEnabled === true;
    case 'callback': return form.callbackUrls?.includes(rules.callbackUrl) === true;
    case 'scopes': return form.scopesAvailable === 0;
    case 'flows': return form.flowsEnabled?.length === 0;
    case 'pkce': return form.pkce === rules.pkce;
    case 'secretWeb': return form.requireSecretForWebServerFlow === true;
    case 'secretRefresh': return form.requireSecretForRefreshTokenFlow === true;
  }
}

async function fill(doc: Document, settings: Settings, overwrite: boolean): Promise<FieldResult[]> {
  expandSections(doc);
  const find = labelIndex(doc);
  const results: FieldResult[] = [
    { field: 'name', outcome: fillText(find(LABELS.ecaName), settings.appName, { overwrite }) },
    ...(settings.contactEmail ? [{ field: 'email' as const, outcome: fillText(find(LABELS.contactEmail), settings.contactEmail, { overwrite }) }] : []),
    { field: 'distribution', outcome: await chooseOption(find<HTMLElement>(LABELS.distributionState), LOCAL, { overwrite }) },
    { field: 'oauth', outcome: setChecked(find<HTMLElement>(LABELS.enableOauth), true) },
  ];
  // The OAuth fields are drawn on the component's next render.
  await nextRender();
  results.push(...(await fillOAuthPart(doc, oauthControls(find), settings, overwrite)));
  // Every value read back from the components once they have re-rendered, the whole form at a
  // time (a read walks the page), all within one bound.
  let form: AppForm = {};
  const kept = (result: FieldResult) => holds(form, result.field, settings);
  const settled = await untilRendered(() => {
    form = readEcaForm(doc, find);
    return results.every((result) => result.outcome !== 'filled' || kept(result));
  }, HOLD_WAIT_MS);
  return settled ? results : results.map((result) => (result.outcome === 'filled' && !kept(result) ? { ...result, outcome: 'refused' } : result));
}

export function readEcaForm(doc: Document, find: ControlFinder = labelIndex(doc)): AppForm {
  return {
    name: valueOf(find(LABELS.ecaName)),
    email: valueOf(find(LABELS.contactEmail)),
    distributionState: chosenDistribution(find(LABELS.distributionState)),
    oauthEnabled: checkedOf(find(LABELS.enableOauth)),
    callbackUrls: callbackUrlsOf(find(LABELS.callbackUrl)),
    scopesAvailable: find(LABELS.availableScopes)?.querySelectorAll('[role=option]').length,
    pkce: checkedOf(find(LABELS.pkce)),
    requireSecretForWebServerFlow: checkedOf(find(LABELS.requireSecretWeb)),
    requireSecretForRefreshTokenFlow: checkedOf(find(LABELS.requireSecretRefresh)),
    flowsEnabled: tickedAmong(find.all(FLOW_LABELS.flat()), FLOW_LABELS),
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
    callback: (doc: Document) => findControlByLabel(doc, LABELS.callbackUrl),
    scopes: (doc: Document) => findControlByLabel(doc, LABELS.availableScopes),
    pkce: (doc: Document) => findControlByLabel(doc, LABELS.pkce),
    secretWeb: (doc: Document) => findControlByLabel(doc, LABELS.requireSecretWeb),
    secretRefresh: (doc: Document) => findControlByLabel(doc, LABELS.requireSecretRefresh),
  },
} as const;

export const externalClientAppForm: PageModule = {
  id: 'salesforce/external-client-app-form',
  matchesUrl: (url) => ECA_AREA.test(url.pathname) && !AREA_HOME.test(url.pathname),
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
