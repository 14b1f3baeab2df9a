// A Connected App's detail page: reads back what was saved (callback URL, scopes, PKCE) so that a
// mistake shows now, and points at Manage Consumer Details.
import { byIdSuffix, findButtonByText, matchesAny } from '../../dom/deep-query';
import type { Guidance } from '../../guide/guidance';
import { t } from '../../i18n';
import type { AppSettings } from '../../schema';
import type { PageModule } from '../page-module';
import { settingsProblems } from './app-check';
import { LABELS, scopeTokens } from './labels';

const manageButton = (doc: Document) =>
  byIdSuffix<HTMLElement>(doc, ':manageConsumerKeySecretSection:manageConsumer') ??
  findButtonByText<HTMLElement>(doc, LABELS.manageConsumerDetails);

/** The saved values, from their cells (by id) on the detail page; null when the page shows none. */
export function readCaSettings(doc: Document): AppSettings | null {
  const callback = byIdSuffix(doc, ':callbackUrlSection:callbackUrl');
  const scopes = byIdSuffix(doc, ':scopesSection:scopes');
  if (!callback || !scopes) return null;
  const pkce = byIdSuffix(doc, ':pkceSection:pkce');
  return {
    callbackUrls: (callback.textContent ?? '').split(/\s+/).filter(Boolean),
    scopes: [...scopes.querySelectorAll('li')].flatMap((item) => scopeTokens(item.textContent ?? '')),
    pkce: pkce ? pkce.getAttribute('data-checked') === 'true' || matchesAny(pkce.getAttribute('title'), ['Checked']) : undefined,
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
  guide(doc, { settings }): Guidance {
    const saved = readCaSettings(doc);
    const problems = saved ? settingsProblems(saved, settings) : [];
    return {
      key: 'salesforce/ca-detail',
      title: problems.length ? t('sf_detail_problems_title') : t('sf_ca_detail_title'),
      body: problems.length ? [...problems, t('sf_detail_fix_hint')].join('\n') : t('sf_ca_detail_body'),
      tone: problems.length ? 'warning' : 'info',
      target: () => manageButton(doc),
    };
  },
};

// Real URLs:
//   https://<mydomain>.my.salesforce.com/app/mgmt/forceconnectedapps/forceAppDetail.apexp?applicationId=06P...&id=0Ci...
//   framed in https://<mydomain>.lightning.force.com/lightning/setup/ConnectedApplication/page?address=...forceAppDetail.apexp...
