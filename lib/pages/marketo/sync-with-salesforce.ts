// Marketo Admin > CRM > Sync with Salesforce: where the consumer key and secret go, and where the
// sync is started. The fields it shows tell whether the subscription has "Enable OAuth for SFDC
// Sync" (key and secret) or is still on basic authentication (username, password, security token).
import { isMarketoAdminAppUrl } from '../../hosts';
import type { Observation } from '../../schema';
import type { PageModule } from '../page-module';
import { createFillAction } from './fill-credentials';
import { send } from '../../send';
import { syncGuidance } from './sync-guide';
import { LABELS, syncPage } from './sync-page';
import { watchSyncPage } from './sync-watch';

// The fill action remembers, per document, that the admin was told about a conflict.
const fillActions = new WeakMap<Document, ReturnType<typeof createFillAction>>();

function fillActionFor(document: Document): ReturnType<typeof createFillAction> {
  let action = fillActions.get(document);
  if (!action) fillActions.set(document, (action = createFillAction(document, document.location)));
  return action;
}

export const syncWithSalesforce: PageModule = {
  id: 'marketo/sync-with-salesforce',
  // Marketo navigates by hash, and the hash for this page is not documented: decide by content,
  // in Marketo's admin application only (its hosts also serve what customers author).
  matchesUrl: isMarketoAdminAppUrl,
  isShown: (document) => syncPage.auth(document) !== null,
  // What auth() looks for, without colons: Admin pages redraw all the time, this one rarely.
  mentions: [...new Set([...LABELS.consumerKey, ...LABELS.securityToken].map((label) => label.replace(/:$/, '')))],
  observe(document) {
    const auth = syncPage.auth(document);
    const observations: Observation[] = [{ type: 'seen', milestone: 'mkto-sync-page' }];
    if (auth) observations.push({ type: 'oauth-feature', state: auth });
    // Coming back to the page later: what it shows says how far the admin got meanwhile.
    if (syncPage.startSync(document)) observations.push({ type: 'seen', milestone: 'mkto-sf-sync-started' });
    else if (syncPage.startSalesforceSync(document)) observations.push({ type: 'seen', milestone: 'mkto-confirmed' });
    else if (syncPage.confirm(document)) observations.push({ type: 'seen', milestone: 'sf-allowed' });
    if (syncPage.syncRunningShown(document)) observations.push({ type: 'seen', milestone: 'mkto-sync-running' });
    return observations;
  },
  guide: (document, context) => syncGuidance(document, context, fillActionFor(document)),
  watch(document, signal, pageChanged) {
    const report = (observation: Observation) => {
      // A failed report (extension reloaded, page left) must stay out of the page's console.
      send({ kind: 'observe', observation }).catch(() => undefined);
    };
    watchSyncPage(document, signal, report, pageChanged);
  },
};

// Real URLs:
//   https://app-<pod>.marketo.com/#SF0A1 (older builds; reached through Admin > CRM)
//   https://experience.adobe.com/#/@<tenant>/so:<munchkin-id>/marketo-engage/classic/ (framing the above)
