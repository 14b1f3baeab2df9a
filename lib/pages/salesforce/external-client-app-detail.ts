// An External Client App's page: Settings tab > OAuth Settings shows what was saved (read back to
// catch mistakes now) and the "Consumer Key and Secret" button, which opens verification in a tab.
import { deepQuery, findButtonByText, findByText } from '../../dom/deep-query';
import type { AppSettings } from '../../schema';
import type { PageModule } from '../page-module';
import { detailGuidance, savedLists } from './app-check';
import { LABELS } from './labels';

/**
 * Neither the 0xI id prefix nor the address is confirmed by a public source: any record page of an
 * External Client App area of Setup is looked at, and recognised by its Settings tab (isShown).
 */
const ANY_DETAIL_PATH = /^\/lightning\/setup\/[^/]*ExternalClient[^/]*\/[A-Za-z0-9]{15,18}\/(?:detail|view)\/?$/i;

const settingsTab = (doc: Document) => findByText<HTMLElement>(doc, '[role=tab]', LABELS.settingsTab);
const keyButton = (doc: Document) => findButtonByText<HTMLElement>(doc, LABELS.consumerKeyAndSecret);

/** The definition-list value whose term reads one of `labels`. */
function valueAfterTerm(doc: Document, labels: readonly string[]): Element | null {
  const term = findByText(doc, 'dt', labels);
  return term?.nextElementSibling ?? null;
}

export function readEcaSettings(doc: Document): AppSettings | null {
  const callback = valueAfterTerm(doc, LABELS.callbackUrl);
  const scopes = valueAfterTerm(doc, LABELS.selectedScopes);
  if (!callback || !scopes) return null;
  const pkce = valueAfterTerm(doc, LABELS.pkce);
  return {
    ...savedLists(callback, scopes),
    pkce: pkce ? LABELS.yes.some((word) => word.toLowerCase() === pkce.textContent?.trim().toLowerCase()) : undefined,
  };
}

/** The Settings tab's panel is hidden until the admin opens the tab. */
function settingsShown(doc: Document): boolean {
  const tab = settingsTab(doc);
  return tab?.getAttribute('aria-selected') === 'true';
}

export const externalClientAppDetail: PageModule = {
  id: 'salesforce/external-client-app-detail',
  matchesUrl: (url) => ANY_DETAIL_PATH.test(url.pathname),
  isShown: (doc) => settingsTab(doc) !== null && deepQuery(doc, 'lightning-button') !== null,
  observe(doc) {
    const settings = readEcaSettings(doc);
    return [{ type: 'seen', milestone: 'eca-created' }, ...(settings ? [{ type: 'app-settings' as const, path: 'eca' as const, settings }] : [])];
  },
  guide: (doc, { settings }) =>
    detailGuidance('salesforce/eca-detail', readEcaSettings(doc), settings, {
      title: 'sf_eca_detail_title',
      body: 'sf_eca_detail_body',
      // The button is in the Settings tab: point at the tab until it is open.
      target: () => (settingsShown(doc) ? keyButton(doc) : settingsTab(doc)),
    }),
};

// Real URLs:
//   https://<mydomain>.lightning.force.com/lightning/setup/ManageExternalClientApplication/<0xI id>/detail
//   https://<mydomain>.my.salesforce-setup.com/lightning/setup/ManageExternalClientApplication/<0xI id>/detail
