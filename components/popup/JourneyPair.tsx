// Which Salesforce org and which Marketo instance this journey connects: the journey's org
// (lib/journey/journey-org.ts); the Marketo instance the pop-up setting is judged for
// (lib/popups.ts, knownMarketoOrigin). Starting over forgets both (lib/background/hub.ts, reset).
import { httpsHostOf } from '../../lib/hosts';
import { t } from '../../lib/i18n';
import { journeyOrg } from '../../lib/journey/journey-org';
import { orgWords } from '../../lib/pages/oauth/org-words';
import { knownMarketoOrigin } from '../../lib/popups';
import type { Progress, Settings } from '../../lib/schema';

export function JourneyPair({ progress, settings }: { progress: Progress; settings: Settings }) {
  const org = journeyOrg(progress, settings);
  // The same Marketo the pop-up setting is judged for.
  const marketo = httpsHostOf(knownMarketoOrigin(progress, settings) ?? undefined);
  return (
    <p class="hint journey-pair" data-journey-pair>
      {t('popup_pair', [org ? orgWords(org) : t('popup_pair_unknown'), marketo ?? t('popup_pair_unknown')])}
    </p>
  );
}
