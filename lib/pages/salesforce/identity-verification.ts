// Salesforce's identity verification (a code sent by email), which stands between the app and
// its consumer key and secret. The code is the admin's to type; the guide says where.
import { isSalesforceSetupHost } from '../../hosts';
import { t } from '../../i18n';
import type { PageModule } from '../page-module';
import { LABELS } from './labels';

const codeInput = (doc: Document) => doc.querySelector<HTMLInputElement>('input#emc');

export const identityVerification: PageModule = {
  id: 'salesforce/identity-verification',
  // Setup's verification. Marketo's OAuth window shows the same page on My Domain; the Salesforce
  // content script stands down in that window, whose own guide speaks there (docs/oauth-window.md).
  matchesUrl: (url) => isSalesforceSetupHost(url.hostname) && url.pathname.startsWith('/_ui/identity/verification/'),
  // The title is the stable sign (FIELD-NOTES): "Verify Your Identity | Salesforce".
  isShown: (doc) => codeInput(doc) !== null && LABELS.verifyTitle.some((title) => doc.title.startsWith(title)),
  observe: () => [],
  guide: (doc) => ({
    key: 'salesforce/identity-verification',
    title: t('sf_verify_title'),
    body: t('sf_verify_body'),
    target: () => codeInput(doc),
  }),
};

// Real URLs:
//   https://<mydomain>.my.salesforce.com/_ui/identity/verification/method/EmailVerificationFinishUi/e?retURL=...
//   https://<mydomain>.my.salesforce-setup.com/_ui/identity/verification/method/EmailVerificationFinishUi/e?retURL=...
