// The popup's title, how far the journey is, and the way to the options.
import type { Checklist } from '../../lib/journey/checklist';
import { t } from '../../lib/i18n';
import { OptionsLink } from './OptionsLink';

export function Header({ list }: { list?: Checklist }) {
  const total = list?.items.length ?? 0;
  const done = list?.items.filter((item) => item.status === 'done').length ?? 0;
  return (
    <header class="header">
      <div class="header__text">
        <h1 class="header__title">{t('popup_heading')}</h1>
        {list && <p class="header__progress">{t('popup_progress', [String(done), String(total)])}</p>}
      </div>
      <OptionsLink variant="icon" />
      {list && (
        <div class="progress-bar" aria-hidden="true">
          <div class="progress-bar__fill" style={{ width: `${total ? Math.round((done / total) * 100) : 0}%` }} />
        </div>
      )}
    </header>
  );
}
