// The page the classic Connected App form shows after Save (a postback to the form's address):
// "Changes can take up to 10 minutes..." and Continue, which leads to the app's detail page.
import { byIdSuffix, findButtonByText } from '../../dom/deep-query';
import { t } from '../../i18n';
import type { PageModule } from '../page-module';
import { caFields } from './connected-app-form';
import { labelsFor } from './labels';

/**
 * Continue: by id, by its word in the page's language, else (a language we have no word for) the
 * page's only submit button, as the saved page shows no other (docs/pages.md, "Saved page").
 */
function continueButton(doc: Document): HTMLElement | null {
  const known = byIdSuffix<HTMLElement>(doc, ':continue') ?? findButtonByText<HTMLElement>(doc, labelsFor(doc, 'continue'));
  if (known) return known;
  const submits = doc.querySelectorAll<HTMLElement>('form input[type=submit], form button[type=submit]');
  return submits.length === 1 ? submits[0] : null;
}

export const connectedAppSaved: PageModule = {
  id: 'salesforce/connected-app-saved',
  matchesUrl: (url) => /\/app\/mgmt\/forceconnectedapps\/forceAppEdit\.apexp$/.test(url.pathname),
  isShown: (doc) => caFields.name(doc) === null && continueButton(doc) !== null,
  observe: () => [{ type: 'seen', milestone: 'ca-saved' }],
  guide: (doc) => ({
    key: 'salesforce/ca-saved',
    title: t('sf_ca_saved_title'),
    body: t('sf_ca_saved_body'),
    tone: 'success',
    target: () => continueButton(doc),
  }),
};

// Real URLs (after Save on the form, same address):
//   https://<mydomain>.my.salesforce.com/app/mgmt/forceconnectedapps/forceAppEdit.apexp
//   https://<mydomain>.my.salesforce-setup.com/app/mgmt/forceconnectedapps/forceAppEdit.apexp
