// Salesforce's identity verification (a code sent by email), which stands between the app and
// its consumer key and secret. The code is the admin's to type; the guide says where.
import { isSalesforceSetupHost } from '../../hosts';
import { t } from '../../i18n';
import type { PageModule } from '../page-module';
import { labelsFor } from './labels';

const codeInput = (doc: Document) => doc.querySelector<HTMLInputElement>('input#emc');

/** The page's title in its language ("Verify Your Identity | Salesforce"), or its confirmed Verify button. */
const verificationShown = (doc: Document) =>
  labelsFor(doc, 'verifyTitle').some((title) => doc.title.startsWith(title)) || doc.querySelector('input#save') !== null;

export const identityVerification: PageModule = {
  id: 'salesforce/identity-verification',
  // Setup's verification. Marketo's OAuth window shows the same page on My Domain; the Salesforce
  // content script stands down in that window, whose own guide speaks there (docs/oauth-window.md).
  matchesUrl: (url) => isSalesforceSetupHost(url.hostname) && url.pathname.startsWith('/_ui/identity/verification/'),
  // The code input and the title, or the Verify button where the title is in a language we have no
  // words for: all confirmed (docs/pages.md, "Identity verification").
  isShown: (doc) => codeInput(doc) !== null && verificationShown(doc),
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
