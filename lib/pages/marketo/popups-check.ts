// The popup prerequisite from the Marketo page: Chrome's own setting through the background, and
// a live probe at the admin's click, which also catches what the setting cannot see (a blocker
// extension, a policy). The probe window opens blank and closes at once.
import type { ActionReport } from '../../guide/guidance';
import { t } from '../../i18n';
import { send } from '../../send';

export async function allowPopupsForMarketo(): Promise<ActionReport> {
  const answer = await send({ kind: 'allow-popups' });
  if (answer?.state === 'allowed') return { tone: 'success', lines: [t('mkto_popups_now_allowed')] };
  if (answer?.state === 'unsupported') return probePopups();
  return { tone: 'warning', lines: [t('mkto_popups_still_blocked')] };
}

export async function probePopups(): Promise<ActionReport> {
  const probe = window.open('about:blank', 'oauth-guide-popup-probe', 'popup,width=120,height=80');
  const state = probe ? 'allowed' : 'blocked';
  probe?.close();
  await send({ kind: 'observe', observation: { type: 'popups', state } });
  return state === 'allowed'
    ? { tone: 'success', lines: [t('mkto_popups_probe_allowed')] }
    : { tone: 'warning', lines: [t('mkto_popups_probe_blocked')] };
}
