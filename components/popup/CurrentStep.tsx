// The step to do now: where it is in the journey, what to do and why, what needs fixing, a
// button to the page where it happens, and the admin's tick where the extension cannot see it.
import { useId } from 'preact/hooks';
import type { Checklist } from '../../lib/journey/checklist';
import { stepMessageKey } from '../../lib/journey/steps';
import type { Progress, Settings } from '../../lib/schema';
import { t, tDynamic } from '../../lib/i18n';
import { OpenPage } from './OpenPage';
import { reasonText } from './reasonText';
import { TickBox } from './TickBox';

interface Props {
  list: Checklist;
  progress: Progress;
  settings: Settings;
}

const NAMES_THE_SYNC_USER = new Set(['mkto-sign-in', 'mkto-allow', 'mkto-start-sync']);

export function CurrentStep({ list, progress, settings }: Props) {
  const headingId = useId();
  const item = list.items.find((candidate) => candidate.id === list.current);
  if (!item) return null;

  const steps = list.items.filter((candidate) => candidate.phase !== 'before');
  const number = steps.findIndex((candidate) => candidate.id === item.id) + 1;
  const title = tDynamic(stepMessageKey(item.id, 'title'));
  const syncUser = settings.syncUserName.trim();

  return (
    <section class={`card card--current${item.reason ? ' card--attention' : ''}`} aria-labelledby={headingId}>
      <p class="eyebrow">
        <span>{t('popup_step_of', [String(number), String(steps.length)])}</span>
        <span class="eyebrow__phase">{t(`phase_${item.phase}`)}</span>
      </p>
      <h2 id={headingId} class="card__title card__title--large">
        {title}
      </h2>
      {item.irreversible && <p class="badge badge--warning">{t('popup_irreversible')}</p>}
      {item.reason && (
        <div class="callout callout--warning" role="note">
          <p>{reasonText(item.reason)}</p>
          {item.reason === 'oauth-error' && progress.oauthError && (
            <p class="callout__detail">{t('popup_oauth_error_code', progress.oauthError)}</p>
          )}
        </div>
      )}
      <p class="card__help">{tDynamic(stepMessageKey(item.id, 'help'))}</p>
      {syncUser && NAMES_THE_SYNC_USER.has(item.id) && <p class="hint">{t('popup_sync_user', syncUser)}</p>}
      {item.page && <OpenPage page={item.page} progress={progress} settings={settings} />}
      {item.tickable && <TickBox item={item} ticked={progress.ticks[item.id] === true} title={title} />}
    </section>
  );
}
