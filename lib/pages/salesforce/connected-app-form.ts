// The classic New Connected App form (path B), in Lightning's force-aloha-page frame or opened
// alone. It runs in the frame's own content script. Fields are found by their JSF id suffix first
// (FIELD-NOTES), then by label (en, sv); the OAuth section is drawn only once "Enable OAuth
// Settings" is ticked. The guide fills what the recipe prescribes and leaves Save to the admin.
import { byIdSuffix, findButtonByText, findControlByLabel, matchesAny } from '../../dom/deep-query';
import { fillText, setChecked, type FillOutcome } from '../../dom/fill';
import type { Guidance } from '../../guide/guidance';
import { t } from '../../i18n';
import { isMarketoCallback } from '../../journey/recipe';
import type { AppForm, Settings } from '../../schema';
import type { PageModule } from '../page-module';
import { FLOW_LABELS, fillAction, fillOAuthPart, type OAuthControls } from './app-form-fill';
import type { FieldResult } from './fill-report';
import { callbackUrlsOf, checkedOf, tickedLabels, valueOf } from './form-controls';
import { LABELS } from './labels';

const FORM_PATH = /\/app\/mgmt\/forceconnectedapps\/forceAppEdit\.apexp$/;

/** Id suffix first, label second: ids survive translation, labels survive id changes. */
function control<E extends Element>(doc: Document, idSuffix: string | null, labels: readonly string[]): E | null {
  return (idSuffix ? byIdSuffix<E>(doc, idSuffix) : null) ?? findControlByLabel<E>(doc, labels);
}

export const caFields = {
  name: (doc: Document) => control<HTMLInputElement>(doc, ':nameSection:name', LABELS.caName),
  email: (doc: Document) => control<HTMLInputElement>(doc, ':emailSection:contactEmail', LABELS.contactEmail),
  oauth: (doc: Document) => control<HTMLInputElement>(doc, ':oauth:isOauth', LABELS.enableOauthSettings),
  callback: (doc: Document) => control<HTMLTextAreaElement>(doc, ':multiCallbackUrlSection:callbackUrl', LABELS.callbackUrl),
  available: (doc: Document) => control<HTMLSelectElement>(doc, ':duelingListBox:backingList_a', LABELS.availableScopes),
  pkce: (doc: Document) => control<HTMLInputElement>(doc, null, LABELS.pkce),
  secretWeb: (doc: Document) => control<HTMLInputElement>(doc, null, LABELS.requireSecretWeb),
  secretRefresh: (doc: Document) => control<HTMLInputElement>(doc, null, LABELS.requireSecretRefresh),
  save: (doc: Document) =>
    byIdSuffix<HTMLInputElement>(doc, 'bottom:save') ?? findButtonByText<HTMLInputElement>(doc, LABELS.save),
};

/** The dueling list box's Add: its link by id, else the image named Add (alt) in its button cell. */
function addButton(doc: Document): HTMLElement | null {
  const byId = byIdSuffix<HTMLElement>(doc, ':duelingListBox:backingList_add');
  if (byId) return byId;
  const image = [...doc.querySelectorAll<HTMLElement>('td.buttonCell img')].find((img) => matchesAny(img.getAttribute('alt'), LABELS.add));
  return image?.closest<HTMLElement>('a') ?? image ?? null;
}

/** Selects every available scope and clicks Add, as the admin would. */
function addAllScopes(doc: Document): FillOutcome {
  const list = caFields.available(doc);
  if (!list) return 'missing';
  if (list.options.length === 0) return 'unchanged';
  for (const option of list.options) option.selected = true;
  list.dispatchEvent(new Event('change', { bubbles: true }));
  const add = addButton(doc);
  if (!add) return 'missing';
  add.click();
  return list.options.length === 0 ? 'filled' : 'missing';
}

const oauthControls: OAuthControls = {
  callback: caFields.callback,
  selectAllScopes: addAllScopes,
  pkce: caFields.pkce,
  secretWeb: caFields.secretWeb,
  secretRefresh: caFields.secretRefresh,
};

async function fill(doc: Document, settings: Settings, overwrite: boolean): Promise<FieldResult[]> {
  const basics: FieldResult[] = [
    { field: 'name', outcome: fillText(caFields.name(doc), settings.appName, { overwrite }) },
    ...(settings.contactEmail ? [{ field: 'email' as const, outcome: fillText(caFields.email(doc), settings.contactEmail, { overwrite }) }] : []),
    { field: 'oauth', outcome: setChecked(caFields.oauth(doc), true) },
  ];
  return [...basics, ...(await fillOAuthPart(doc, oauthControls, settings, overwrite))];
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
    flowsEnabled: tickedLabels(doc, FLOW_LABELS),
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
