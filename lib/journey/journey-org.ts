// The Salesforce org a journey connects, asked for by the popup (which org and which Marketo) and
// by the OAuth window (the My Domain to sign in on): the org the key and secret came from, else
// the one set in the options, else the one seen in Setup.
import { httpsHostOf, salesforceOrgFromHost, type SalesforceOrg } from '../hosts';
import type { Progress, Settings } from '../schema';

export function journeyOrg(progress: Progress, settings: Settings): SalesforceOrg | null {
  if (progress.credentialOrg) return progress.credentialOrg;
  const host = httpsHostOf(settings.salesforceOrigin || undefined) ?? httpsHostOf(progress.hosts.salesforce);
  return host ? salesforceOrgFromHost(host) : null;
}
