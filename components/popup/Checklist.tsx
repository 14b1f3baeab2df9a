// The whole journey, grouped by phase, one ordered list per phase; the current step carries
// aria-current="step".
import { useId } from 'preact/hooks';
import type { Checklist as List } from '../../lib/journey/checklist';
import { PHASES } from '../../lib/journey/steps';
import type { Progress } from '../../lib/schema';
import { t } from '../../lib/i18n';
import { ChecklistItem } from './ChecklistItem';

interface Props {
  list: List;
  progress: Progress;
  /** Hide the section heading when a surrounding disclosure already names it. */
  headed?: boolean;
}

export function Checklist({ list, progress, headed = true }: Props) {
  const headingId = useId();
  const phaseId = useId();
  return (
    <section class="checklist" aria-labelledby={headed ? headingId : undefined}>
      {headed && (
        <h2 id={headingId} class="section-title">
          {t('popup_checklist_heading')}
        </h2>
      )}
      {PHASES.map((phase) => {
        const items = list.items.filter((item) => item.phase === phase);
        const done = items.filter((item) => item.status === 'done').length;
        return (
          <section key={phase} class="phase" aria-labelledby={`${phaseId}-${phase}`}>
            <h3 id={`${phaseId}-${phase}`} class="phase__heading">
              <span>{t(`phase_${phase}`)}</span>
              <span class="phase__count">{t('popup_progress', [String(done), String(items.length)])}</span>
            </h3>
            <ol class="phase__items">
              {items.map((item) => (
                <ChecklistItem
                  key={item.id}
                  item={item}
                  isCurrent={item.id === list.current}
                  ticked={progress.ticks[item.id] === true}
                  showReason={item.phase !== 'before'}
                />
              ))}
            </ol>
          </section>
        );
      })}
    </section>
  );
}
