// A Connected App's detail page: reads back what was saved (callback URL, scopes, PKCE) so that a
// mistake shows now, and points at Manage Consumer Details. The saved values' cell ids are assumed
// (docs/pages.md, "Detail page"): without them the check is skipped, never guessed.
import { byIdSuffix, findButtonByText, matchesAny } from '../../dom/deep-query';
import type { AppSettings } from '../../schema';
import type { PageModule } from '../page-module';
import { detailGuidance, savedLists } from './app-check';
import { labelsFor } from './labels';

const manageButton = (doc: Document) =>
  byIdSuffix<HTMLElement>(doc, ':manageConsumerKeySecretSection:manageConsumer') ??
  findButtonByText<HTMLElement>(doc, labelsFor(doc, 'manageConsumerDetails'));

/** The saved values, from their cells (by id) on the detail page; null when the page shows none. */
export function readCaSettings(doc: Document): AppSettings | null {
  const callback = byIdSuffix(doc, ':callbackUrlSection:callbackUrl');
  const scopes = byIdSuffix(doc, ':scopesSection:scopes');
  if (!callback || !scopes) return null;
  const pkce = byIdSuffix(doc, ':pkceSection:pkce');
  return {
    ...savedLists(callback, scopes),
    pkce: pkce ? pkce.getAttribute('data-checked') === 'true' || matchesAny(pkce.getAttribute('title'), labelsFor(doc, 'yes')) : undefined,
  };
}

export const connectedAppDetail: PageModule = {
  id: 'salesforce/connected-app-detail',
  matchesUrl: (url) => /\/app\/mgmt\/forceconnectedapps\/forceAppDetail\.apexp$/.test(url.pathname),
  isShown: (doc) => manageButton(doc) !== null,
  observe(doc) {
    const settings = readCaSettings(doc);
    return settings ? [{ type: 'app-settings', path: 'connected-app', settings }] : [];
  },
  guide: (doc, { settings }) =>
    detailGuidance('salesforce/ca-detail', readCaSettings(doc), settings, {
      title: 'sf_ca_detail_title',
      body: 'sf_ca_detail_body',
      target: () => manageButton(doc),
      savedCallback: () => byIdSuffix(doc, ':callbackUrlSection:callbackUrl'),
    }),
};

// Real URLs:
//   https://<mydomain>.my.salesforce.com/app/mgmt/forceconnectedapps/forceAppDetail.apexp?applicationId=06P...&id=0Ci...
//   framed in https://<mydomain>.lightning.force.com/lightning/setup/ConnectedApplication/page?address=...forceAppDetail.apexp...
