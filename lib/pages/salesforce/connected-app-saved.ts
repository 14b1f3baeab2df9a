// The page the classic Connected App form shows after Save (a postback to the form's address):
// "Changes can take up to 10 minutes..." and Continue, which leads to the app's detail page.
import { byIdSuffix, findButtonByText } from '../../dom/deep-query';
import { t } from '../../i18n';
import type { PageModule } from '../page-module';
import { caFields } from './connected-app-form';
import { LABELS } from './labels';

const continueButton = (doc: Document) =>
  byIdSuffix<HTMLElement>(doc, ':continue') ?? findButtonByText<HTMLElement>(doc, LABELS.continue);

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
