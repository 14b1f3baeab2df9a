// The end of the journey: the sync is running, when it started, what was done, and where to
// follow it in Marketo.
import { useId } from 'preact/hooks';
import type { Checklist } from '../../lib/journey/checklist';
import type { Progress, Settings } from '../../lib/schema';
import { t } from '../../lib/i18n';
import { OpenPage } from './OpenPage';
import { StatusIcon } from './StatusIcon';

interface Props {
  list: Checklist;
  progress: Progress;
  settings: Settings;
  hasSecret: boolean;
}

function formatDate(epochMs: number): string {
  try {
    return new Date(epochMs).toLocaleString(t('popup_language_tag'), { dateStyle: 'medium', timeStyle: 'short' });
  } catch {
    return new Date(epochMs).toLocaleString();
  }
}

export function CompleteSummary({ list, progress, settings, hasSecret }: Props) {
  const headingId = useId();
  const startedAt = progress.completedAt ?? progress.seen['mkto-sync-running'];
  const marketoPage = list.items.find((item) => item.id === 'mkto-start-sync')?.page;

  return (
    <section class="card card--complete" aria-labelledby={headingId}>
      <div class="complete__header">
        <StatusIcon status="done" />
        <h2 id={headingId} class="card__title card__title--large">
          {t('popup_complete_heading')}
        </h2>
      </div>
      {startedAt !== undefined && <p class="hint">{t('popup_complete_since', formatDate(startedAt))}</p>}
      <h3 class="subheading">{t('popup_complete_done_heading')}</h3>
      <ul class="done-list">
        <li>{t('popup_complete_app', t(list.path === 'eca' ? 'path_eca' : 'path_connected_app'))}</li>
        <li>{t('popup_complete_credentials')}</li>
        <li>{t('popup_complete_signin')}</li>
        <li>{t('popup_complete_sync')}</li>
        {!hasSecret && <li>{t('popup_complete_secret')}</li>}
      </ul>
      <p class="card__help">{t('popup_complete_next')}</p>
      {marketoPage && <OpenPage page={marketoPage} progress={progress} settings={settings} />}
    </section>
  );
}
