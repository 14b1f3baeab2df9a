// The Consumer Details page that identity verification leads to, on both paths: it shows the key
// and secret (current layout, with Copy buttons), or in an older layout the key and a "Click to
// reveal" link for the secret. The guide captures both as soon as both are readable and hands
// them to the background, which validates them and keeps the secret in session storage only.
// Nothing here logs a value, and the page never receives one.
//
// The page is known by what it shows (the confirmed element ids of the key and secret), on any of
// the classic connected-apps pages of the org's Setup hosts: its address after verification is
// not confirmed by any public source (docs/pages.md, "Consumer details").
import { byIdSuffix, findButtonByText } from '../../dom/deep-query';
import { isSalesforceCaptureUrl } from '../../hosts';
import { waitFor } from '../../dom/wait-for';
import { shortenKey } from '../../credentials';
import { mayCaptureHere } from './capture-guard';
import type { Guidance } from '../../guide/guidance';
import { t } from '../../i18n';
import type { Observation } from '../../schema';
import { send } from '../../send';
import type { PageModule } from '../page-module';
import { labelsFor } from './labels';

/** How long the page may wait for the admin to click "Click to reveal". */
const REVEAL_WAIT_MS = 10 * 60_000;

const keyElement = (doc: Document) =>
  byIdSuffix(doc, ':oauthConsumerSection:consumerKeySection:consumerKey') ?? byIdSuffix(doc, ':consumerKeySection:consumerKey');
const secretElement = (doc: Document) => byIdSuffix(doc, ':consumerSecretSection:consumerSecret');
const revealLink = (doc: Document) => findButtonByText<HTMLElement>(doc, labelsFor(doc, 'clickToReveal'));

function readCredentials(doc: Document): { key: string; secret: string } | null {
  const key = keyElement(doc)?.textContent?.trim();
  const secret = secretElement(doc)?.textContent?.trim();
  return key && secret ? { key, secret } : null;
}

/**
 * Which path's consumer page this is, from the app id in the address: 06P… is a Connected App
 * (confirmed), 0xI… an External Client App (assumed). Anything else says nothing: a wrong path is
 * worse than none, and the capture itself does not need it.
 */
function milestonesOf(url: URL): Observation[] {
  const id = url.searchParams.get('applicationId') ?? '';
  if (id.startsWith('06P')) return [{ type: 'seen', milestone: 'ca-consumer-page' }];
  if (id.startsWith('0xI')) return [{ type: 'seen', milestone: 'eca-consumer-page' }];
  return [];
}


/** One capture per page shown (its key element): the card then follows progress. */
const captured = new WeakSet<Element>();

async function capture(doc: Document): Promise<void> {
  const shown = keyElement(doc);
  // Setup's classic pages only, loaded there (capture-guard.ts); the background checks again.
  if (!shown || captured.has(shown) || !mayCaptureHere(doc)) return;
  captured.add(shown);
  const credentials = await waitFor(() => readCredentials(doc), { timeoutMs: REVEAL_WAIT_MS });
  if (credentials) await send({ kind: 'captured', key: credentials.key, secret: credentials.secret });
}

export const consumerDetails: PageModule = {
  id: 'salesforce/consumer-details',
  // Classic Setup hosts only, never Lightning (any script there can draw these ids): the
  // background checks the frame and its tab again before it keeps anything.
  matchesUrl: (url) => isSalesforceCaptureUrl(url), // any page under /app/mgmt/forceconnectedapps/
  // The key or the secret by their confirmed ids (the secret may still hide behind "Click to reveal").
  isShown: (doc) => keyElement(doc) !== null || secretElement(doc) !== null,
  observe(doc) {
    // Capturing is a side effect of seeing the page; a refusal (odd values) leaves the card's
    // words to say "copy them by hand", as no progress changes.
    void capture(doc).catch(() => undefined);
    return milestonesOf(new URL(doc.location.href));
  },
  guide(doc, { progress }): Guidance {
    const shown = readCredentials(doc);
    if (shown && progress.consumerKey === shown.key) {
      return {
        key: 'salesforce/consumer-details:captured',
        title: t('sf_captured_title'),
        body: t('sf_captured_body', [shortenKey(shown.key), '••••••••']),
        tone: 'success',
      };
    }
    return {
      key: 'salesforce/consumer-details',
      title: t('sf_consumer_title'),
      body: revealLink(doc) ? t('sf_consumer_reveal_body') : t('sf_consumer_body'),
      target: () => revealLink(doc) ?? secretElement(doc),
    };
  },
};

// Real URLs (assumed, see above; any page under /app/mgmt/forceconnectedapps/ that shows the ids is taken):
//   https://<mydomain>.my.salesforce.com/app/mgmt/forceconnectedapps/forceAppConsumerDetails.apexp?applicationId=...
//   https://<mydomain>.my.salesforce-setup.com/app/mgmt/forceconnectedapps/forceAppConsumerDetails.apexp?applicationId=...
