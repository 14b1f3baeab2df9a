// What happened while nobody was looking (storage repaired, secret gone, path switched), at the
// top of the popup until dismissed.
import type { NoticeId } from '../../lib/schema';
import { useState } from 'preact/hooks';
import { t, tDynamic } from '../../lib/i18n';
import { askOk } from './request';

export const noticeMessageKey = (id: NoticeId) => `notice_${id.replaceAll('-', '_')}`;

export function Notices({ notices }: { notices: NoticeId[] }) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  if (notices.length === 0) return null;

  const dismiss = async () => {
    setBusy(true);
    setFailed(false);
    const ok = await askOk({ kind: 'dismiss-notices' });
    setBusy(false);
    if (!ok) setFailed(true);
  };

  return (
    <section class="notices" aria-label={t('popup_notices_label')}>
      <ul class="notices__list">
        {notices.map((id) => (
          <li key={id} class="notice">
            <svg class="icon notice__icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
              <circle cx="10" cy="10" r="9" fill="currentColor" />
              <path d="M10 9v5" stroke="#fff" stroke-width="2" stroke-linecap="round" />
              <circle cx="10" cy="6" r="1.2" fill="#fff" />
            </svg>
            <p>{tDynamic(noticeMessageKey(id))}</p>
          </li>
        ))}
      </ul>
      <div class="button-row button-row--end">
        <button type="button" class="button button--small" disabled={busy} onClick={dismiss}>
          {t('popup_dismiss')}
        </button>
      </div>
      {failed && <p class="error" role="alert">{t('popup_request_failed')}</p>}
    </section>
  );
}
