// Everything the overlay draws inside its shadow root: the spotlight around the target, and the
// card, or only the small restore button once the admin dismissed the card. Where the window has
// no room for the card clear of what the admin needs (`compact`), a chip in a corner stands in
// for it and opens it on a click; the open card folds back into the chip.
import type { ButtonHTMLAttributes } from 'preact';
import type { ActionReport, Guidance } from '../../lib/guide/guidance';
import { t } from '../../lib/i18n';
import { CARD_ID, GuideCard } from './GuideCard';

export interface GuideOverlayProps {
  guidance: Guidance | null;
  anchored: boolean;
  dismissed: boolean;
  report: ActionReport | null;
  running: string | null;
  /** Too little room for the card: the chip stands in for it. */
  compact: boolean;
  /** The admin opened the card from the chip. */
  chipOpen: boolean;
  /** The click goes along: the overlay acts only on the admin's own click. */
  onAction: (id: string, event: MouseEvent) => void;
  onDismiss: (event: MouseEvent) => void;
  onRestore: (event: MouseEvent) => void;
  /** Opens the card from the chip, or folds it back. */
  onChip: (event: MouseEvent) => void;
}

/** The small "Guide" button in a corner: brings a dismissed card back, or stands in for one without room. */
function GuideButton(props: ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button type="button" {...props}>
      <span aria-hidden="true">?</span>
      <span class="restore__text">{t('guide_restore_short')}</span>
    </button>
  );
}

export function GuideOverlay(props: GuideOverlayProps) {
  const { guidance, anchored, dismissed, compact, chipOpen } = props;
  if (!guidance) return null;
  if (dismissed) {
    return <GuideButton class="restore" data-guide-restore aria-label={t('guide_restore')} title={t('guide_restore')} onClick={props.onRestore} />;
  }
  return (
    <>
      {anchored && <div class="spotlight" data-guide-spotlight aria-hidden="true" />}
      {compact && (
        <GuideButton
          class="restore chip"
          data-guide-chip
          aria-label={t('guide_chip', guidance.title)}
          title={guidance.title}
          aria-expanded={chipOpen}
          aria-controls={CARD_ID}
          onClick={props.onChip}
        />
      )}
      <GuideCard
        guidance={guidance}
        anchored={anchored}
        report={props.report}
        running={props.running}
        onAction={props.onAction}
        onDismiss={props.onDismiss}
        onCollapse={compact ? props.onChip : undefined}
        folded={compact && !chipOpen}
      />
    </>
  );
}
