// Opens the extension's options page (where the hosts, app name and secret keeping are set).
import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

export function OptionsLink({ variant = 'link' }: { variant?: 'link' | 'icon' }) {
  const [failed, setFailed] = useState(false);
  const open = async () => {
    setFailed(false);
    try {
      await browser.runtime.openOptionsPage();
    } catch {
      setFailed(true);
    }
  };
  return (
    <>
      {variant === 'icon' ? (
        <button type="button" class="icon-button" onClick={open} aria-label={t('popup_open_options')} title={t('popup_open_options')}>
          <GearIcon />
        </button>
      ) : (
        <button type="button" class="button button--link" onClick={open}>
          {t('popup_open_options')}
        </button>
      )}
      {failed && <p class="error" role="alert">{t('popup_open_failed')}</p>}
    </>
  );
}

function GearIcon() {
  return (
    <svg class="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <g fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round">
        <path d="M3 5h8M15 5h2M3 10h2M9 10h8M3 15h10M17 15h0" />
        <circle cx="13" cy="5" r="2" />
        <circle cx="7" cy="10" r="2" />
        <circle cx="15" cy="15" r="2" />
      </g>
    </svg>
  );
}
