// Everything the overlay draws inside its shadow root: the spotlight around the target, and the
// card, or only the small restore button once the admin dismissed the card.
import type { ActionReport, Guidance } from '../../lib/guide/guidance';
import { t } from '../../lib/i18n';
import { GuideCard } from './GuideCard';

export interface GuideOverlayProps {
  guidance: Guidance | null;
  anchored: boolean;
  dismissed: boolean;
  report: ActionReport | null;
  running: string | null;
  /** The click goes along: the overlay runs an action only for the admin's own click. */
  onAction: (id: string, event: MouseEvent) => void;
  onDismiss: (event: MouseEvent) => void;
  onRestore: (event: MouseEvent) => void;
}

export function GuideOverlay(props: GuideOverlayProps) {
  const { guidance, anchored, dismissed } = props;
  if (!guidance) return null;
  if (dismissed) {
    return (
      <button type="button" class="restore" data-guide-restore aria-label={t('guide_restore')} title={t('guide_restore')} onClick={props.onRestore}>
        <span aria-hidden="true">?</span>
        <span class="restore__text">{t('guide_restore_short')}</span>
      </button>
    );
  }
  return (
    <>
      {anchored && <div class="spotlight" data-guide-spotlight aria-hidden="true" />}
      <GuideCard
        guidance={guidance}
        anchored={anchored}
        report={props.report}
        running={props.running}
        onAction={props.onAction}
        onDismiss={props.onDismiss}
      />
    </>
  );
}
