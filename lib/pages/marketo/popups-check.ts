// The popup prerequisite from the Marketo page: Chrome's own setting through the background (for
// this Marketo only, and the Experience Cloud shell around it), and a live probe at the admin's
// click, which also catches what the setting cannot see (a blocker extension, a policy). Pop-ups
// count as working only on evidence: the probe window opened and loaded.
import type { ActionReport } from '../../guide/guidance';
import { t } from '../../i18n';
import { send } from '../../send';

/** How long the probe window has to load before it counts as not working. */
const PROBE_LOAD_MS = 1500;

export async function allowPopupsForMarketo(): Promise<ActionReport> {
  const answer = await send({ kind: 'allow-popups' });
  if (answer?.state === 'allowed') return { tone: 'success', lines: [t('mkto_popups_now_allowed', hostList(answer.hosts))] };
  if (answer?.state === 'unsupported') return probePopups();
  return { tone: 'warning', lines: [t('mkto_popups_still_blocked')] };
}

export async function probePopups(): Promise<ActionReport> {
  const probe = window.open('about:blank', 'oauth-guide-popup-probe', 'popup,width=120,height=80');
  const loaded = probe ? await windowLoaded(probe) : false;
  probe?.close();
  // A window that did not open is blocked; one that opened but never loaded proves nothing.
  const state = loaded ? 'allowed' : probe ? null : 'blocked';
  if (state) await send({ kind: 'observe', observation: { type: 'popups', state } });
  if (state === 'allowed') return { tone: 'success', lines: [t('mkto_popups_probe_allowed')] };
  if (state === 'blocked') return { tone: 'warning', lines: [t('mkto_popups_probe_blocked')] };
  return { tone: 'warning', lines: [t('mkto_popups_probe_unknown')] };
}

/**
 * Whether the window is still open with its blank document loaded. Chrome lets the content script
 * read that document (the page's origin). Firefox does not: the blank window a content script
 * opens is cross-origin to it ("Permission denied"), so there a window that stays open for the
 * whole load time counts instead (a blocker that lets the window open closes it at once).
 */
async function windowLoaded(probe: Window): Promise<boolean> {
  const deadline = Date.now() + PROBE_LOAD_MS;
  let readable = true;
  for (;;) {
    if (probe.closed) return false;
    if (readable) {
      try {
        if (probe.document.readyState === 'complete') return true;
      } catch {
        readable = false;
      }
    }
    if (Date.now() > deadline) return !readable;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function hostList(hosts: string[] | undefined): string {
  return hosts && hosts.length > 0 ? hosts.join(', ') : location.host;
}
