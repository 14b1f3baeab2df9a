// The admin's own "I did this" (or "Confirmed" for what only they can check). Sends `tick`; the
// checklist changes when the background has stored it.
import { useState } from 'preact/hooks';
import type { ChecklistItem } from '../../lib/journey/checklist';
import { t } from '../../lib/i18n';
import { askOk } from './request';

interface Props {
  item: ChecklistItem;
  ticked: boolean;
  /** The step's title, so the checkbox's name says which step it is for. */
  title: string;
}

export function TickBox({ item, ticked, title }: Props) {
  const [pending, setPending] = useState<boolean | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const checked = pending ?? ticked;

  const toggle = async () => {
    const done = !checked;
    setPending(done);
    setFailed(false);
    const ok = await askOk({ kind: 'tick', item: item.id, done });
    setPending(undefined);
    if (!ok) setFailed(true);
  };

  return (
    <div class="tick">
      <label class="tick__label">
        <input type="checkbox" checked={checked} disabled={pending !== undefined} onChange={toggle} />
        <span>
          {t(item.adminConfirms ? 'popup_tick_confirm' : 'popup_tick')}
          <span class="visually-hidden">: {title}</span>
        </span>
      </label>
      {failed && <p class="error" role="alert">{t('popup_request_failed')}</p>}
    </div>
  );
}
