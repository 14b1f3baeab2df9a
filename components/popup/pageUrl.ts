// Where the "open the page" button goes: the origin the admin set in the options wins over the
// one learned from the tabs they visited. Only an admin console's own https origin is opened.
import type { StepPage } from '../../lib/journey/steps';
import { isMarketoAppHost, isSalesforceSetupHost } from '../../lib/hosts';
import type { Progress, Settings } from '../../lib/schema';

export function originFor(side: StepPage['side'], progress: Progress, settings: Settings): string | undefined {
  const candidate = side === 'salesforce'
    ? settings.salesforceOrigin || progress.hosts.salesforce
    : settings.marketoOrigin || progress.hosts.marketo;
  if (!candidate) return undefined;
  try {
    const url = new URL(candidate);
    const trusted = side === 'salesforce' ? isSalesforceSetupHost(url.hostname) : isMarketoAppHost(url.hostname);
    return url.protocol === 'https:' && trusted ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

export function pageUrl(page: StepPage, progress: Progress, settings: Settings): string | undefined {
  const origin = originFor(page.side, progress, settings);
  return origin ? new URL(page.path, origin).href : undefined;
}
