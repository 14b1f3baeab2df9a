// One item of the checklist: its state as an icon and as text for assistive technology, its title
// (a disclosure button that shows the help), what to do when it needs attention, and the admin's
// tick where the extension cannot see the step.
import { useId, useState } from 'preact/hooks';
import type { ChecklistItem as Item } from '../../lib/journey/checklist';
import { stepMessageKey } from '../../lib/journey/steps';
import { t, tDynamic } from '../../lib/i18n';
import { reasonText } from './reasonText';
import { StatusIcon } from './StatusIcon';
import { statusText } from './statusText';
import { TickBox } from './TickBox';

interface Props {
  item: Item;
  isCurrent: boolean;
  ticked: boolean;
  /** Prerequisites' reasons are shown with their actions above the checklist. */
  showReason: boolean;
}

export function ChecklistItem({ item, isCurrent, ticked, showReason }: Props) {
  const helpId = useId();
  const [open, setOpen] = useState(item.adminConfirms && item.status !== 'done');
  const title = tDynamic(stepMessageKey(item.id, 'title'));
  const canTick = item.tickable && (ticked || item.status !== 'done');

  return (
    <li class={`item item--${item.status}`} aria-current={isCurrent ? 'step' : undefined}>
      <StatusIcon status={item.status} />
      <div class="item__body">
        <button type="button" class="item__title" aria-expanded={open} aria-controls={helpId} onClick={() => setOpen(!open)}>
          <span class="visually-hidden">{statusText(item.status)}: </span>
          <span class="item__title-text">{title}</span>
          <svg class="item__chevron" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
            <path d="m3 4.5 3 3 3-3" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" />
          </svg>
        </button>
        {item.irreversible && item.status !== 'done' && <span class="badge badge--warning">{t('popup_irreversible')}</span>}
        {showReason && item.reason && <p class="item__reason">{reasonText(item.reason)}</p>}
        <div id={helpId} class="item__help" hidden={!open}>
          <p>{tDynamic(stepMessageKey(item.id, 'help'))}</p>
        </div>
        {canTick && (open || ticked) && <TickBox item={item} ticked={ticked} title={title} />}
      </div>
    </li>
  );
}
