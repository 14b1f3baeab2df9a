// An org in the admin's words: Allow (and Confirm Credentials after it) fix the org Marketo syncs
// with for good, so the guide names it, production or sandbox, wherever it compares orgs.
import type { SalesforceOrg } from '../../hosts';
import { t } from '../../i18n';

/** "the production org acme", "the sandbox acme--uat". */
export function orgWords(org: SalesforceOrg): string {
  return t(org.sandbox ? 'oauth_org_sandbox_named' : 'oauth_org_production_named', org.name);
}
