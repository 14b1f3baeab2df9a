// The classic New Connected App form (path B), in Lightning's force-aloha-page frame or opened
// alone. It runs in the frame's own content script. Fields are found by their JSF id suffix first
// (confirmed ids, docs/pages.md), then by label in the page's own language, then by structure where
// neither exists (docs/pages.md, "Connected App form"); the OAuth section is drawn only once
// "Enable OAuth Settings" is ticked. The guide fills what the recipe prescribes and leaves Save to
// the admin.
import { clickWithoutFollowing } from '../../dom/click';
import { byIdSuffix, findButtonByText, findControlByLabel, findControlByLabelWord, matchesAny } from '../../dom/deep-query';
import { fillText, setChecked, type FillOutcome } from '../../dom/fill';
import { controlsLabelled } from '../../dom/label-index';
import type { Guidance } from '../../guide/guidance';
import { t } from '../../i18n';
import { isMarketoCallback } from '../../journey/recipe';
import type { AppForm, Settings } from '../../schema';
import type { PageModule } from '../page-module';
import { FLOW_LABELS, fillAction, fillOAuthPart, type OAuthControls } from './app-form-fill';
import type { FieldResult } from './fill-report';
import { callbackUrlsOf, checkedOf, tickedAmong, valueOf } from './form-controls';
import { labelsFor, scopeTokens, type LabelKey } from './labels';

const FORM_PATH = /\/app\/mgmt\/forceconnectedapps\/forceAppEdit\.apexp$/;

/** Id suffix first, label second: ids survive translation, labels survive id changes. */
function control<E extends Element>(doc: Document, idSuffix: string | null, label: LabelKey): E | null {
  return (idSuffix ? byIdSuffix<E>(doc, idSuffix) : null) ?? findControlByLabel<E>(doc, labelsFor(doc, label));
}

/** Whether `a` comes before `b` in the document. */
const before = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

/** The multi-select lists of the scopes' dueling list box (available, selected), known by the scope tokens they list. */
function scopeLists(doc: Document): HTMLSelectElement[] {
  const lists = [...doc.querySelectorAll<HTMLSelectElement>('select[multiple]')];
  const withScopes = lists.find((list) => [...list.options].some((option) => scopeTokens(option.text).length > 0));
  const box = withScopes?.closest('table');
  return box ? [...box.querySelectorAll<HTMLSelectElement>('select[multiple]')] : [];
}

/** The available scopes by structure: the first of the list box's two lists. */
function availableByTokens(doc: Document): HTMLSelectElement | null {
  const lists = scopeLists(doc);
  return lists.length === 2 ? lists[0] : null;
}

/** The callback URL by structure: the one textarea between "Enable OAuth Settings" and the scopes. */
function callbackByPlace(doc: Document): HTMLTextAreaElement | null {
  const oauth = caFields.oauth(doc);
  const scopes = availableByTokens(doc);
  if (!oauth || !scopes) return null;
  const between = [...doc.querySelectorAll('textarea')].filter((area) => before(oauth, area) && before(area, scopes));
  return between.length === 1 ? between[0] : null;
}

export const caFields = {
  name: (doc: Document) => control<HTMLInputElement>(doc, ':nameSection:name', 'caName'),
  email: (doc: Document) => control<HTMLInputElement>(doc, ':emailSection:contactEmail', 'contactEmail'),
  oauth: (doc: Document) => control<HTMLInputElement>(doc, ':oauth:isOauth', 'enableOauthSettings'),
  callback: (doc: Document) =>
    control<HTMLTextAreaElement>(doc, ':multiCallbackUrlSection:callbackUrl', 'callbackUrl') ?? callbackByPlace(doc),
  available: (doc: Document) =>
    control<HTMLSelectElement>(doc, ':duelingListBox:backingList_a', 'availableScopes') ?? availableByTokens(doc),
  // "PKCE" stays untranslated in every language whose wording we have seen.
  pkce: (doc: Document) => control<HTMLInputElement>(doc, null, 'pkce') ?? findControlByLabelWord<HTMLInputElement>(doc, 'input[type=checkbox]', 'PKCE'),
  secretWeb: (doc: Document) => control<HTMLInputElement>(doc, null, 'requireSecretWeb'),
  secretRefresh: (doc: Document) => control<HTMLInputElement>(doc, null, 'requireSecretRefresh'),
  save: (doc: Document) =>
    byIdSuffix<HTMLInputElement>(doc, 'bottom:save') ?? findButtonByText<HTMLInputElement>(doc, labelsFor(doc, 'save')),
};

/**
 * The dueling list box's Add: its link by id, else the image named Add (alt) in its button cell,
 * else (a language we have no word for) the button cell's first link: Add comes before Remove.
 */
function addButton(doc: Document): HTMLElement | null {
  const byId = byIdSuffix<HTMLElement>(doc, ':duelingListBox:backingList_add');
  if (byId) return byId;
  const images = [...doc.querySelectorAll<HTMLElement>('td.buttonCell img')];
  const image = images.find((img) => matchesAny(img.getAttribute('alt'), labelsFor(doc, 'add')));
  return image?.closest<HTMLElement>('a') ?? image ?? doc.querySelector<HTMLElement>('td.buttonCell a');
}

/** Selects every available scope and clicks Add, as the admin would (without following its javascript: link). */
function addAllScopes(doc: Document): FillOutcome {
  const list = caFields.available(doc);
  if (!list) return 'missing';
  if (list.options.length === 0) return 'unchanged';
  for (const option of list.options) option.selected = true;
  list.dispatchEvent(new Event('change', { bubbles: true }));
  const add = addButton(doc);
  if (!add) return 'missing';
  clickWithoutFollowing(add);
  return list.options.length === 0 ? 'filled' : 'missing';
}

/**
 * The Flow Enablement boxes by label; the device flow's (the form's only one) also by its
 * confirmed id, so a page in a language without words still gets it unticked.
 */
function flowBoxes(doc: Document): Element[] {
  const labelled = controlsLabelled(doc, FLOW_LABELS.flat());
  const device = byIdSuffix<HTMLInputElement>(doc, ':deviceFlowSection:deviceCheckbox');
  return labelled.length > 0 || !device ? labelled : [device];
}

const oauthControls: OAuthControls = {
  callback: caFields.callback,
  selectAllScopes: addAllScopes,
  pkce: caFields.pkce,
  secretWeb: caFields.secretWeb,
  secretRefresh: caFields.secretRefresh,
  flows: flowBoxes,
};

async function fill(doc: Document, settings: Settings, overwrite: boolean): Promise<FieldResult[]> {
  const enableOauth = caFields.oauth(doc);
  const basics: FieldResult[] = [
    { field: 'name', outcome: fillText(caFields.name(doc), settings.appName, { overwrite }) },
    ...(settings.contactEmail ? [{ field: 'email' as const, outcome: fillText(caFields.email(doc), settings.contactEmail, { overwrite }) }] : []),
    { field: 'oauth', outcome: setChecked(enableOauth, true) },
  ];
  return [...basics, ...(await fillOAuthPart(doc, oauthControls, settings, overwrite, enableOauth))];
}

export function readCaForm(doc: Document): AppForm {
  return {
    name: valueOf(caFields.name(doc)),
    email: valueOf(caFields.email(doc)),
    oauthEnabled: checkedOf(caFields.oauth(doc)),
    callbackUrls: callbackUrlsOf(caFields.callback(doc)),
    scopesAvailable: caFields.available(doc)?.options.length,
    pkce: checkedOf(caFields.pkce(doc)),
    requireSecretForWebServerFlow: checkedOf(caFields.secretWeb(doc)),
    requireSecretForRefreshTokenFlow: checkedOf(caFields.secretRefresh(doc)),
    flowsEnabled: tickedAmong(flowBoxes(doc), FLOW_LABELS),
  };
}

const caForm = {
  path: 'connected-app',
  finalStep: 'save',
  fill,
  read: readCaForm,
  controls: {
    name: caFields.name,
    email: caFields.email,
    oauth: caFields.oauth,
    callback: caFields.callback,
    scopes: caFields.available,
    pkce: caFields.pkce,
    secretWeb: caFields.secretWeb,
    secretRefresh: caFields.secretRefresh,
  },
} as const;

export const connectedAppForm: PageModule = {
  id: 'salesforce/connected-app-form',
  matchesUrl: (url) => FORM_PATH.test(url.pathname),
  isShown: (doc) => caFields.name(doc) !== null,
  observe: (doc) => [
    { type: 'seen', milestone: 'ca-form' },
    { type: 'app-form', path: 'connected-app', form: readCaForm(doc) },
  ],
  guide(doc, { settings }): Guidance {
    return {
      key: 'salesforce/ca-form',
      title: t('sf_ca_form_title'),
      body: t('sf_ca_form_body'),
      // First the form, then (once it holds Marketo's callback URL) Save, the admin's next click.
      target: () => {
        const filled = isMarketoCallback(valueOf(caFields.callback(doc)) ?? '');
        return (filled && caFields.save(doc)) || caFields.name(doc) || caFields.save(doc);
      },
      actions: [
        { id: 'fill', label: t('sf_action_fill'), run: fillAction(caForm, doc, settings, false) },
        { id: 'replace', label: t('sf_action_replace'), run: fillAction(caForm, doc, settings, true) },
      ],
    };
  },
};

// Real URLs (the frame's; Lightning's own address is /lightning/setup/NavigationMenus/page?address=...):
//   https://<mydomain>.my.salesforce.com/app/mgmt/forceconnectedapps/forceAppEdit.apexp
//   https://<mydomain>.my.salesforce-setup.com/app/mgmt/forceconnectedapps/forceAppEdit.apexp
