// Warnings about the prerequisites, each with what to do: popups blocked on Marketo (with the
// one-click "Allow popups for <the admin's Marketo host>", or how to check by hand where the
// browser has no API for it) and basic authentication on the Marketo subscription.
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import type { Checklist, ChecklistItem } from '../../lib/journey/checklist';
import { stepMessageKey } from '../../lib/journey/steps';
import type { Progress, Settings } from '../../lib/schema';
import type { Responses } from '../../lib/messages';
import { t, tDynamic } from '../../lib/i18n';
import { knownMarketoOrigin } from '../../lib/popups';
import { OpenPage } from './OpenPage';
import { reasonText } from './reasonText';
import { ask } from './request';
import { StatusIcon } from './StatusIcon';
import { TickBox } from './TickBox';

type PopupsAnswer = Responses['check-popups']['state'];

interface Props {
  list: Checklist;
  progress: Progress;
  settings: Settings;
}


export function Prerequisites({ list, progress, settings }: Props) {
  const headingId = useId();
  // What the browser says about popups, asked afresh each time the popup opens.
  const [api, setApi] = useState<PopupsAnswer | 'no-answer' | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  // Success is announced in the section's status line (the warning goes away); a problem is
  // shown under the button.
  const [allowedFor, setAllowedFor] = useState<string | undefined>(undefined);
  // Pop-ups are allowed for exactly this host; none until the extension knows the admin's Marketo.
  const marketoOrigin = knownMarketoOrigin(progress, settings);
  const [problem, setProblem] = useState<string | undefined>(undefined);

  useEffect(() => {
    let alive = true;
    ask({ kind: 'check-popups' }).then((answer) => {
      if (alive) setApi(answer?.state ?? 'no-answer');
    });
    return () => {
      alive = false;
    };
  }, []);

  const allow = async () => {
    setBusy(true);
    setProblem(undefined);
    const answer = await ask({ kind: 'allow-popups' });
    setBusy(false);
    if (!answer) return setProblem(t('popup_request_failed'));
    setApi(answer.state);
    if (answer.state === 'allowed') setAllowedFor((answer.hosts ?? []).join(', '));
    else if (answer.state === 'blocked') setProblem(t('popup_popups_still_blocked'));
    else if (answer.state === 'unknown') setProblem(t('popup_popups_unknown'));
  };

  const before = list.items.filter((item) => item.phase === 'before');
  const warnings = before.flatMap((item) => {
    const warning = warningFor(item);
    return warning ? [warning] : [];
  });

  function warningFor(item: ChecklistItem) {
    const title = tDynamic(stepMessageKey(item.id, 'title'));
    if (item.id === 'popups') {
      if (item.status === 'done') return null;
      const manual = api === 'unsupported';
      const couldNotCheck = item.status !== 'attention' && (api === 'unknown' || api === 'no-answer');
      if (item.status !== 'attention' && !manual && !couldNotCheck) return null;
      return (
        <Warning key={item.id} item={item} title={title}>
          {item.status === 'attention' ? <p>{reasonText('popups-blocked')}</p> : !manual && <p>{t('popup_popups_unknown')}</p>}
          {manual ? (
            <>
              <p>{t('popup_popups_manual')}</p>
              <TickBox item={item} ticked={progress.ticks.popups === true} title={title} />
            </>
          ) : !marketoOrigin ? (
            <p>{t('popup_popups_no_host')}</p>
          ) : (
            <>
              <div class="button-row">
                <button type="button" class="button button--brand" disabled={busy} onClick={allow}>
                  {busy ? t('popup_popups_working') : t('popup_allow_popups', new URL(marketoOrigin).host)}
                </button>
              </div>
              {problem && <p class="error" role="alert">{problem}</p>}
            </>
          )}
        </Warning>
      );
    }
    // A lost secret is explained, with what to do, in the credentials card right below.
    if (item.status !== 'attention' || !item.reason || item.id === 'app-credentials') return null;
    return (
      <Warning key={item.id} item={item} title={title}>
        <p>{reasonText(item.reason)}</p>
        {item.id === 'oauth-feature' && item.page && <OpenPage page={item.page} progress={progress} settings={settings} />}
      </Warning>
    );
  }

  return (
    <section class="prerequisites" aria-labelledby={warnings.length ? headingId : undefined}>
      {warnings.length > 0 && (
        <>
          <h2 id={headingId} class="section-title">
            {t('popup_prereq_heading')}
          </h2>
          <ul class="warnings">{warnings}</ul>
        </>
      )}
      <p class="status-line status-line--success" role="status">
        {allowedFor !== undefined ? t('popup_popups_allowed', allowedFor) : ''}
      </p>
    </section>
  );
}

function Warning({ item, title, children }: { item: ChecklistItem; title: string; children: ComponentChildren }) {
  return (
    <li class={`warning warning--${item.status}`}>
      <StatusIcon status={item.status === 'attention' ? 'attention' : 'todo'} />
      <div class="warning__body">
        <h3 class="warning__title">{title}</h3>
        {children}
      </div>
    </li>
  );
}
