// Setup > App Manager > New External Client App (path A): Salesforce's Lightning base components
// (lightning-input, -combobox, -dual-listbox, -textarea) in shadow roots without stable ids, under
// synthetic or native shadow, so every control is found by its label (en, sv, de) and role. Each
// value is set through the component as a person would and confirmed after the component
// re-renders; the report says what held. The guide leaves Create to the admin.
import { deepQuery, findButtonByText, findControlByLabel, matchesAny } from '../../dom/deep-query';
import { openAllSections, openSectionsAround } from '../../dom/accordion';
import { moveAllToSelected } from '../../dom/dual-listbox';
import { fillText, setChecked } from '../../dom/fill';
import { labelIndex, type ControlFinder } from '../../dom/label-index';
import { chooseOption, chosenOption } from '../../dom/lightning-combobox';
import { untilRendered } from '../../dom/settle';
import type { Guidance } from '../../guide/guidance';
import { t } from '../../i18n';
import { HOLDS_RECIPE } from '../../journey/checklist';
import { isMarketoCallback, recipe } from '../../journey/recipe';
import type { AppForm, Settings } from '../../schema';
import type { PageModule } from '../page-module';
import { FLOW_LABELS, fillAction, fillOAuthPart, type OAuthControls } from './app-form-fill';
import type { FieldResult, FormField } from './fill-report';
import { callbackUrlsOf, checkedOf, tickedAmong, valueOf } from './form-controls';
import { hasWordsFor, LABELS } from './labels';

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

/** Each field's label, in the page's languages: the fill, the read-back and the card find it by it. */
const FIELD_LABELS = {
  name: LABELS.ecaName,
  email: LABELS.contactEmail,
  distribution: LABELS.distributionState,
  oauth: LABELS.enableOauth,
  callback: LABELS.callbackUrl,
  scopes: LABELS.availableScopes,
  pkce: LABELS.pkce,
  secretWeb: LABELS.requireSecretWeb,
  secretRefresh: LABELS.requireSecretRefresh,
} satisfies Partial<Record<FormField, readonly string[]>>;

const nameField = (doc: Document) => findControlByLabel<HTMLInputElement>(doc, FIELD_LABELS.name);

/**
 * The form is known by its name field; in a language we have no word for that field in (Dutch,
 * French, …: docs/pages.md), by its accordion of sections, so the card still says what the form
 * needs and the fill names each field it cannot find for the admin to fill by hand.
 */
const formShown = (doc: Document) =>
  nameField(doc) !== null || (!hasWordsFor(doc, 'ecaName') && deepQuery(doc, 'lightning-accordion') !== null);

const callbackFilled = (doc: Document) => isMarketoCallback(valueOf(findControlByLabel(doc, FIELD_LABELS.callback)) ?? '');
const LOCAL = { value: 'Local', labels: LABELS.local };
/** How long the components may take to show what the fill set. */
const HOLD_WAIT_MS = 1000;

/** The value the combobox shows as chosen: its chosen option's value, else the trigger's value. */
function chosenDistribution(trigger: Element | null): string | undefined {
  if (!trigger) return undefined;
  const value = chosenOption(trigger)?.getAttribute('data-value') ?? trigger.getAttribute('data-value');
  if (value) return value;
  return matchesAny(trigger.textContent, LABELS.local) ? 'Local' : undefined;
}

/** The OAuth part's controls, looked up in one index of the page's labelled controls. */
const oauthControls = (find: ControlFinder): OAuthControls => ({
  callback: () => find<HTMLTextAreaElement>(FIELD_LABELS.callback),
  selectAllScopes: () =>
    moveAllToSelected({ source: () => find(FIELD_LABELS.scopes), selected: () => find(LABELS.selectedScopes), moveLabels: LABELS.moveRight }),
  pkce: () => find<HTMLElement>(FIELD_LABELS.pkce),
  secretWeb: () => find<HTMLElement>(FIELD_LABELS.secretWeb),
  secretRefresh: () => find<HTMLElement>(FIELD_LABELS.secretRefresh),
  flows: () => find.all(FLOW_LABELS.flat()),
});

/** Whether the form, as read back from its components, holds what the guide set in `field`. */
function holds(form: AppForm, field: FormField, settings: Settings): boolean {
  if (field === 'name') return form.name === settings.appName;
  if (field === 'email') return form.email === settings.contactEmail;
  return HOLDS_RECIPE[field](form, recipe({ pkce: settings.pkce }));
}

async function fill(doc: Document, settings: Settings, overwrite: boolean): Promise<FieldResult[]> {
  const find = labelIndex(doc);
  const enableOauth = find<HTMLElement>(FIELD_LABELS.oauth);
  // The sections the guide fills in are opened, so the admin sees what it filled; without its
  // words for a field, every section, so that the fields the report names are in sight.
  const sectioned = [find(FIELD_LABELS.name), find(FIELD_LABELS.distribution), enableOauth];
  if (sectioned.every(Boolean)) openSectionsAround(sectioned);
  else openAllSections(doc);
  const basics: FieldResult[] = [
    { field: 'name', outcome: fillText(find(FIELD_LABELS.name), settings.appName, { overwrite }) },
    ...(settings.contactEmail ? [{ field: 'email' as const, outcome: fillText(find(FIELD_LABELS.email), settings.contactEmail, { overwrite }) }] : []),
  ];
  const oauth: FieldResult = { field: 'oauth', outcome: setChecked(enableOauth, true) };
  // The components draw the combobox's list and the OAuth section in one render; then the choice
  // and the OAuth part are made together, before the next (each step waits for its own component).
  const [distribution, oauthPart] = await Promise.all([
    chooseOption(find<HTMLElement>(FIELD_LABELS.distribution), LOCAL, { overwrite }),
    fillOAuthPart(doc, oauthControls(find), settings, overwrite, enableOauth),
  ]);
  const results: FieldResult[] = [...basics, { field: 'distribution', outcome: distribution }, oauth, ...oauthPart];
  // Every value read back from the components once they have re-rendered (a box the fill ticked
  // shows ticked before its component has had its say): the combobox and the OAuth part each end
  // after the render that follows their last step. The whole form at a time, within one bound.
  let form: AppForm = {};
  const kept = (result: FieldResult) => holds(form, result.field, settings);
  const settled = await untilRendered(
    () => {
      form = readEcaForm(doc, find);
      return results.every((result) => result.outcome !== 'filled' || kept(result));
    },
    HOLD_WAIT_MS,
    { near: enableOauth ? [enableOauth] : [] },
  );
  return settled ? results : results.map((result) => (result.outcome === 'filled' && !kept(result) ? { ...result, outcome: 'refused' } : result));
}

export function readEcaForm(doc: Document, find: ControlFinder = labelIndex(doc)): AppForm {
  return {
    name: valueOf(find(FIELD_LABELS.name)),
    email: valueOf(find(FIELD_LABELS.email)),
    distributionState: chosenDistribution(find(FIELD_LABELS.distribution)),
    oauthEnabled: checkedOf(find(FIELD_LABELS.oauth)),
    callbackUrls: callbackUrlsOf(find(FIELD_LABELS.callback)),
    scopesAvailable: find(FIELD_LABELS.scopes)?.querySelectorAll('[role=option]').length,
    pkce: checkedOf(find(FIELD_LABELS.pkce)),
    requireSecretForWebServerFlow: checkedOf(find(FIELD_LABELS.secretWeb)),
    requireSecretForRefreshTokenFlow: checkedOf(find(FIELD_LABELS.secretRefresh)),
    flowsEnabled: tickedAmong(find.all(FLOW_LABELS.flat()), FLOW_LABELS),
  };
}

const ecaForm = {
  path: 'eca',
  finalStep: 'create',
  fill,
  read: readEcaForm,
  controls: Object.fromEntries(
    Object.entries(FIELD_LABELS).map(([field, labels]) => [field, (doc: Document) => findControlByLabel(doc, labels)]),
  ),
} as const;

export const externalClientAppForm: PageModule = {
  id: 'salesforce/external-client-app-form',
  matchesUrl: (url) => ECA_AREA.test(url.pathname) && !AREA_HOME.test(url.pathname),
  isShown: formShown,
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
