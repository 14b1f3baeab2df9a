// The popup-blocking prerequisite in Chrome: contentSettings.popups decides whether Marketo's
// "Login with Salesforce" window may open. The extension allows exactly the sites the admin's
// Marketo runs on: its app host, and Experience Cloud's host when the app runs inside that shell
// (Chrome judges a window by the tab's top page). It gives the setting back once the sync runs.
// Other browsers have no such API; there the answer is "unsupported" and the admin checks by
// hand (and the Marketo page probes live).
import { ADOBE_SHELL_ORIGIN, marketoOriginFrom } from './hosts';
import type { PopupsState, Progress, Settings } from './schema';

type PopupsSetting = typeof chrome.contentSettings.popups;

/** The origins whose pop-ups the sign-in needs: the Marketo app host, and the shell around it. */
export interface PopupSites {
  marketo: string;
  inShell: boolean;
}

export interface PopupsAnswer {
  /** "unsupported" where the browser has no contentSettings API: the admin checks by hand. */
  state: PopupsState | 'unsupported';
  /** The hosts the answer is about, to tell the admin. */
  hosts?: string[];
}

function popupsSetting(): PopupsSetting | undefined {
  // Read through globalThis so a browser without the API is a normal case, not a crash.
  return (globalThis as { chrome?: typeof chrome }).chrome?.contentSettings?.popups;
}

function originsOf(sites: PopupSites): string[] {
  return sites.inShell ? [sites.marketo, ADOBE_SHELL_ORIGIN] : [sites.marketo];
}

function hostsOf(sites: PopupSites): string[] {
  return originsOf(sites).map((origin) => new URL(origin).host);
}

/** The Marketo the admin uses, as learned from its pages or typed in the options; null when neither. */
export function knownMarketoOrigin(progress: Progress, settings: Settings): string | null {
  return (progress.hosts.marketo && marketoOriginFrom(progress.hosts.marketo)) || marketoOriginFrom(settings.marketoOrigin);
}

export async function checkPopups(sites: PopupSites | null): Promise<PopupsAnswer> {
  const setting = popupsSetting();
  if (!setting) return { state: 'unsupported' };
  // Nothing to judge before the extension knows which Marketo: never a made-up one.
  if (!sites) return { state: 'unknown' };
  try {
    const answers = await Promise.all(originsOf(sites).map((origin) => setting.get({ primaryUrl: `${origin}/` })));
    return { state: answers.every((answer) => answer.setting === 'allow') ? 'allowed' : 'blocked', hosts: hostsOf(sites) };
  } catch {
    return { state: 'unknown' };
  }
}

export async function allowPopups(sites: PopupSites | null): Promise<PopupsAnswer> {
  const setting = popupsSetting();
  if (!setting) return { state: 'unsupported' };
  if (!sites) return { state: 'unknown' };
  try {
    await Promise.all(originsOf(sites).map((origin) => setting.set({ primaryPattern: `${origin}/*`, setting: 'allow' })));
  } catch {
    return { state: 'unknown' };
  }
  return checkPopups(sites);
}

/** Removes every pop-up rule this extension set; the browser's and the admin's own stay. */
export async function revertPopups(): Promise<void> {
  await popupsSetting()?.clear({});
}
