// Which org a page of Marketo's OAuth window belongs to, and whether it is the org the key and
// secret came from: Allow (and Confirm Credentials after it) fix the org Marketo syncs with for good,
// so a sandbox app signed in to production, or the reverse, is said first. Only a My Domain host
// names the org; on the login hosts the window has not reached one yet, and nothing is compared.
import { salesforceOrgFromHost, type SalesforceOrg } from '../../hosts';
import { t } from '../../i18n';

export const windowOrgOf = salesforceOrgFromHost;

/** Whether the window's org is not the one the key and secret came from (either unknown: no). */
export function isOtherOrg(window: SalesforceOrg | null | undefined, expected: SalesforceOrg | undefined): boolean {
  if (!window || !expected) return false;
  return window.name !== expected.name || window.sandbox !== expected.sandbox;
}

/** "the production org acme", "the sandbox acme--uat". */
export function orgWords(org: SalesforceOrg): string {
  return t(org.sandbox ? 'oauth_org_sandbox_named' : 'oauth_org_production_named', org.name);
}
