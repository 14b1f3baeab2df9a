import type { AttentionReason } from '../../lib/journey/checklist';
import { tDynamic } from '../../lib/i18n';

/** i18n key of what to do about a reason for attention: "reason_popups_blocked". */
export const reasonMessageKey = (reason: AttentionReason) => `reason_${reason.replaceAll('-', '_')}`;

export const reasonText = (reason: AttentionReason) => tDynamic(reasonMessageKey(reason));
