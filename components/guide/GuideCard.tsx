// The guide's card: what to do here, the page module's actions, and what the last action did.
// Pure view: the overlay (overlay.ts) owns the state and positions the card.
import type { ActionReport, Guidance } from '../../lib/guide/guidance';
import { t } from '../../lib/i18n';

export interface GuideCardProps {
  guidance: Guidance;
  /** Whether the card points at a control; without one it sits in a corner. */
  anchored: boolean;
  report: ActionReport | null;
  /** Id of the action running now: its button is busy, every action is disabled meanwhile. */
  running: string | null;
  /** The click goes along: the overlay runs an action only for the admin's own click. */
  onAction: (id: string, event: MouseEvent) => void;
  onDismiss: (event: MouseEvent) => void;
  /** While a chip stands in for the card (too little room beside the control): folds the open card back into it. */
  onCollapse?: (event: MouseEvent) => void;
  /** Folded into the chip: still laid out (the overlay measures it), neither seen nor reachable. */
  folded: boolean;
}

export const CARD_ID = 'guide-card';

export function GuideCard({ guidance, anchored, report, running, onAction, onDismiss, onCollapse, folded }: GuideCardProps) {
  const titleId = `guide-title-${guidance.key}`;
  return (
    <section
      id={CARD_ID}
      class={`card ${anchored ? 'card--anchored' : 'card--corner'}${folded ? ' card--folded' : ''}`}
      data-guide-card
      data-tone={guidance.tone ?? 'info'}
      role="region"
      aria-label={t('guide_region_label')}
      aria-describedby={titleId}
    >
      <header class="card__header">
        <h2 class="card__title" id={titleId} data-guide-title>
          {guidance.title}
        </h2>
        {onCollapse && (
          <button type="button" class="card__dismiss" data-guide-collapse aria-label={t('guide_collapse')} title={t('guide_collapse')} onClick={onCollapse}>
            <span aria-hidden="true">–</span>
          </button>
        )}
        <button type="button" class="card__dismiss" data-guide-dismiss aria-label={t('guide_dismiss')} title={t('guide_dismiss')} onClick={onDismiss}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <p class="card__body" data-guide-body>
        {guidance.body}
      </p>
      {guidance.actions && guidance.actions.length > 0 && (
        <div class="card__actions">
          {guidance.actions.map((action, index) => (
            <button
              key={action.id}
              type="button"
              class={index === 0 ? 'button button--brand' : 'button'}
              data-guide-action={action.id}
              disabled={running !== null}
              aria-busy={running === action.id}
              onClick={(event) => onAction(action.id, event)}
            >
              {action.label}
            </button>
          ))}
        </div>
      )}
      <div class={`card__report${report ? ` card__report--${report.tone}` : ''}`} data-guide-report role="status" aria-live="polite">
        {report && report.lines.length > 0 && (
          <ul>
            {report.lines.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
