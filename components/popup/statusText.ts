import type { ItemStatus } from '../../lib/journey/checklist';
import { t } from '../../lib/i18n';

/** What a screen reader says for an item's state. */
export function statusText(status: ItemStatus): string {
  switch (status) {
    case 'done':
      return t('popup_status_done');
    case 'current':
      return t('popup_status_current');
    case 'todo':
      return t('popup_status_todo');
    case 'attention':
      return t('popup_status_attention');
  }
}
