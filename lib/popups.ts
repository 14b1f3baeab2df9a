// The popup-blocking prerequisite in Chrome: contentSettings.popups for Marketo's origins decides
// whether the "Login with Salesforce" window may open. Other browsers have no such API; there the
// answer is "unsupported" and the admin checks by hand (and the Marketo page probes live).
import { MARKETO_POPUP_PATTERNS } from './hosts';
import type { PopupsState } from './schema';

type PopupsSetting = typeof chrome.contentSettings.popups;

function popupsSetting(): PopupsSetting | undefined {
  // Read through globalThis so a browser without the API is a normal case, not a crash.
  return (globalThis as { chrome?: typeof chrome }).chrome?.contentSettings?.popups;
}

/** A URL inside each pattern, to ask Chrome what it would do there. */
function sampleUrl(pattern: string): string {
  return pattern.replace('*.', 'app-sample.').replace(/\*$/, '');
}

export async function checkPopups(): Promise<PopupsState | 'unsupported'> {
  const setting = popupsSetting();
  if (!setting) return 'unsupported';
  try {
    const answers = await Promise.all(
      MARKETO_POPUP_PATTERNS.map((pattern) => setting.get({ primaryUrl: sampleUrl(pattern) })),
    );
    return answers.every((answer) => answer.setting === 'allow') ? 'allowed' : 'blocked';
  } catch {
    return 'unknown';
  }
}

export async function allowPopups(): Promise<PopupsState | 'unsupported'> {
  const setting = popupsSetting();
  if (!setting) return 'unsupported';
  try {
    await Promise.all(
      MARKETO_POPUP_PATTERNS.map((primaryPattern) => setting.set({ primaryPattern, setting: 'allow' })),
    );
  } catch {
    return 'unknown';
  }
  return checkPopups();
}
