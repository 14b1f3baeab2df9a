// The pure reducer: progress = reduce(progress, action). Pages report observations, the admin
// acts in the popup; only the background calls this, and only it writes the result.
import type { AppPath, ItemId, Milestone } from './steps';
import { DEFAULT_PATH } from './steps';
import { PROGRESS_VERSION, type Hosts, type Observation, type Progress, type SalesforceOrgRecord } from '../schema';

export type AdminAction =
  | { type: 'tick'; item: ItemId; done: boolean }
  | { type: 'choose-path'; path: AppPath }
  /** A valid key and secret are now held (captured on Salesforce's page or pasted). */
  | { type: 'credentials-held'; key: string; source: 'captured' | 'pasted'; org?: SalesforceOrgRecord }
  | { type: 'credentials-cleared' }
  | { type: 'host-learned'; side: 'salesforce'; origin: string }
  | { type: 'host-learned'; side: 'marketo'; origin: string; inShell: boolean }
  /** Marketo's OAuth window reached this org's My Domain (the background read the sender's host). */
  | { type: 'window-org'; org: SalesforceOrgRecord };

export type Action = Observation | AdminAction;

export function initialProgress(): Progress {
  return {
    version: PROGRESS_VERSION,
    path: DEFAULT_PATH,
    pathSource: 'default',
    seen: {},
    forms: {},
    appSettings: {},
    popups: 'unknown',
    oauthFeature: 'unknown',
    ticks: {},
    connectedAppsDisabled: false,
    hosts: {},
  };
}

export function reduce(progress: Progress, action: Action, now: number): Progress {
  switch (action.type) {
    case 'seen':
      return withPathFromMilestone(markSeen(progress, action.milestone, now), action.milestone);
    case 'app-form':
      // Opening either app's form is how the admin chooses the path.
      return choosePath({ ...progress, forms: { ...progress.forms, [action.path]: action.form } }, action.path, 'observed');
    case 'app-settings':
      return { ...progress, appSettings: { ...progress.appSettings, [action.path]: action.settings } };
    case 'popups':
      return { ...progress, popups: action.state };
    case 'oauth-feature':
      return { ...progress, oauthFeature: action.state };
    case 'connected-apps-disabled':
      return choosePath({ ...progress, connectedAppsDisabled: true }, 'eca', 'observed');
    case 'oauth-error':
      return { ...progress, oauthError: action.code };
    case 'approval-user':
      return { ...progress, approvalUser: action.user };
    case 'tick':
      return { ...progress, ticks: { ...progress.ticks, [action.item]: action.done } };
    case 'choose-path':
      return choosePath(progress, action.path, 'admin');
    case 'credentials-held': {
      // New credentials bring their own org; pasted ones say nothing of theirs.
      const { credentialOrg: _org, ...rest } = progress;
      return { ...rest, consumerKey: action.key, credentialSource: action.source, ...(action.org ? { credentialOrg: action.org } : {}) };
    }
    case 'credentials-cleared': {
      const { consumerKey: _key, credentialSource: _source, credentialOrg: _org, ...rest } = progress;
      return rest;
    }
    case 'window-org':
      return { ...progress, windowOrg: action.org };
    case 'host-learned': {
      const learned: Hosts = action.side === 'marketo' ? { marketo: action.origin, marketoInShell: action.inShell } : { salesforce: action.origin };
      const hosts = { ...progress.hosts, ...learned };
      return Object.entries(learned).every(([key, value]) => progress.hosts[key as keyof Hosts] === value) ? progress : { ...progress, hosts };
    }
  }
}

function markSeen(progress: Progress, milestone: Milestone, now: number): Progress {
  let next = progress;
  if (progress.seen[milestone] === undefined) next = { ...next, seen: { ...next.seen, [milestone]: now } };
  // A fresh sign-in attempt or a successful one makes an earlier OAuth error history.
  if ((milestone === 'mkto-popup-opened' || milestone === 'sf-allowed') && next.oauthError !== undefined) {
    const { oauthError: _error, ...rest } = next;
    next = rest;
  }
  // A fresh sign-in may go to another org and another user than the last attempt.
  if (milestone === 'mkto-popup-opened' && (next.windowOrg !== undefined || next.approvalUser !== undefined)) {
    const { windowOrg: _org, approvalUser: _user, ...rest } = next;
    next = rest;
  }
  if (milestone === 'mkto-sync-running' && next.completedAt === undefined) next = { ...next, completedAt: now };
  return next;
}

function withPathFromMilestone(progress: Progress, milestone: Milestone): Progress {
  if (milestone.startsWith('eca-')) return choosePath(progress, 'eca', 'observed');
  if (milestone.startsWith('ca-')) return choosePath(progress, 'connected-app', 'observed');
  return progress;
}

function choosePath(progress: Progress, path: AppPath, source: Progress['pathSource']): Progress {
  if (progress.path === path && progress.pathSource === source) return progress;
  return { ...progress, path, pathSource: source };
}
