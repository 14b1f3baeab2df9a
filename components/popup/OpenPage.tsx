// The button that opens the page where a step happens, or, while the console's address is not
// known, a sentence on how to teach it to the extension and a way to the options.
import { useState } from 'preact/hooks';
import type { StepPage } from '../../lib/journey/steps';
import type { Progress, Settings } from '../../lib/schema';
import { t } from '../../lib/i18n';
import { pageUrl } from './pageUrl';
import { OptionsLink } from './OptionsLink';

interface Props {
  page: StepPage;
  progress: Progress;
  settings: Settings;
}

export function OpenPage({ page, progress, settings }: Props) {
  const [failed, setFailed] = useState(false);
  const url = pageUrl(page, progress, settings);
  const salesforce = page.side === 'salesforce';

  if (!url) {
    return (
      <div class="open-page open-page--unknown">
        <p class="hint">{t(salesforce ? 'popup_host_unknown_salesforce' : 'popup_host_unknown_marketo')}</p>
        <OptionsLink />
      </div>
    );
  }

  const open = async () => {
    setFailed(false);
    try {
      await browser.tabs.create({ url });
    } catch {
      setFailed(true);
    }
  };

  return (
    <div class="open-page">
      <button type="button" class="button button--brand" onClick={open}>
        {t(salesforce ? 'popup_open_salesforce' : 'popup_open_marketo')}
        <ExternalIcon />
      </button>
      {failed && <p class="error" role="alert">{t('popup_open_failed')}</p>}
    </div>
  );
}

function ExternalIcon() {
  return (
    <svg class="icon icon--inline" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M9 2h5v5M14 2 7.5 8.5M12 9.5V13a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h3.5" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
