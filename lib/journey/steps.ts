// The journey as data: every prerequisite and step of docs/journey.md, for both Salesforce paths and
// the Marketo phase. What each step says lives in public/_locales (keys derived from the id, see
// stepMessageKey); when a step counts as done lives in ./checklist.ts.

export const PATHS = ['eca', 'connected-app'] as const;
export type AppPath = (typeof PATHS)[number];
export const DEFAULT_PATH: AppPath = 'eca';

export const PHASES = ['before', 'salesforce', 'marketo'] as const;
export type Phase = (typeof PHASES)[number];

/** Milestones are facts a page reports once seen: "the External Client App form was open". */
export const MILESTONES = [
  'sf-app-manager',
  'eca-form',
  'eca-created',
  'eca-consumer-page',
  'ca-form',
  'ca-saved',
  'ca-consumer-page',
  'mkto-sync-page',
  'mkto-credentials-saved',
  'mkto-popup-opened',
  'sf-signed-in',
  'sf-verified',
  'sf-allowed',
  'mkto-confirmed',
  'mkto-sf-sync-started',
  'mkto-sync-running',
] as const;
export type Milestone = (typeof MILESTONES)[number];

/** The Setup or Admin page where a step happens; the popup opens it once the host is known. */
export interface StepPage {
  side: 'salesforce' | 'marketo';
  path: string;
}

const APP_MANAGER: StepPage = { side: 'salesforce', path: '/lightning/setup/NavigationMenus/home' };
const EXTERNAL_APPS: StepPage = { side: 'salesforce', path: '/lightning/setup/ManageExternalClientApplication/home' };
const CONNECTED_APPS: StepPage = { side: 'salesforce', path: '/lightning/setup/ConnectedApplication/home' };
const COMPANY_INFO: StepPage = { side: 'salesforce', path: '/lightning/setup/CompanyProfileInfo/home' };
const USERS: StepPage = { side: 'salesforce', path: '/lightning/setup/ManageUsers/home' };
const MARKETO_SYNC: StepPage = { side: 'marketo', path: '/#SF0A1' };

export const PREREQUISITE_IDS = ['popups', 'oauth-feature', 'api-access', 'sync-user', 'app-credentials'] as const;
export type PrerequisiteId = (typeof PREREQUISITE_IDS)[number];

export const STEP_IDS = [
  'sf-open-app-manager',
  'eca-new',
  'eca-basic-info',
  'eca-oauth',
  'eca-policies',
  'eca-create',
  'eca-open-consumer',
  'eca-capture',
  'ca-new',
  'ca-basic-info',
  'ca-oauth',
  'ca-save',
  'ca-manage-consumer',
  'ca-capture',
  'mkto-open-sync',
  'mkto-enter-credentials',
  'mkto-login',
  'mkto-sign-in',
  'mkto-verify',
  'mkto-allow',
  'mkto-confirm',
  'mkto-start-sf-sync',
  'mkto-start-sync',
] as const;
export type StepId = (typeof STEP_IDS)[number];

export type ItemId = PrerequisiteId | StepId;

export interface ItemDef {
  id: ItemId;
  phase: Phase;
  /** Only on this Salesforce path; absent: on both. */
  path?: AppPath;
  /** Where it happens, if a page of its own can be opened for it. */
  page?: StepPage;
  /** Reported by a page; the step is done once any of them has been seen. */
  doneWhenSeen?: readonly Milestone[];
  /** Only the admin can tell (a checkbox in the popup). */
  adminConfirms?: boolean;
  /**
   * Being done says nothing about the steps before it: a page the admin may open at any time,
   * or a part of a form read together with its other parts.
   */
  provesNothingEarlier?: true;
  /**
   * Its click cannot be undone (docs/journey.md, "Clicks that cannot be undone"): after Confirm Credentials the fields the sync user
   * sees become permanent Marketo fields; after Start Sync the Salesforce user and org are fixed.
   */
  irreversible?: true;
}

export const ITEMS: readonly ItemDef[] = [
  { id: 'popups', phase: 'before', page: MARKETO_SYNC },
  { id: 'oauth-feature', phase: 'before', page: MARKETO_SYNC },
  { id: 'api-access', phase: 'before', page: COMPANY_INFO, adminConfirms: true },
  { id: 'sync-user', phase: 'before', page: USERS, adminConfirms: true },
  { id: 'app-credentials', phase: 'before' },

  { id: 'sf-open-app-manager', phase: 'salesforce', page: APP_MANAGER, doneWhenSeen: ['sf-app-manager'] },

  { id: 'eca-new', phase: 'salesforce', path: 'eca', page: APP_MANAGER, doneWhenSeen: ['eca-form'] },
  { id: 'eca-basic-info', phase: 'salesforce', path: 'eca', provesNothingEarlier: true },
  { id: 'eca-oauth', phase: 'salesforce', path: 'eca', provesNothingEarlier: true },
  { id: 'eca-policies', phase: 'salesforce', path: 'eca', provesNothingEarlier: true },
  { id: 'eca-create', phase: 'salesforce', path: 'eca', doneWhenSeen: ['eca-created'] },
  { id: 'eca-open-consumer', phase: 'salesforce', path: 'eca', page: EXTERNAL_APPS, doneWhenSeen: ['eca-consumer-page'] },
  { id: 'eca-capture', phase: 'salesforce', path: 'eca' },

  { id: 'ca-new', phase: 'salesforce', path: 'connected-app', page: APP_MANAGER, doneWhenSeen: ['ca-form'] },
  { id: 'ca-basic-info', phase: 'salesforce', path: 'connected-app', provesNothingEarlier: true },
  { id: 'ca-oauth', phase: 'salesforce', path: 'connected-app', provesNothingEarlier: true },
  { id: 'ca-save', phase: 'salesforce', path: 'connected-app', doneWhenSeen: ['ca-saved'] },
  { id: 'ca-manage-consumer', phase: 'salesforce', path: 'connected-app', page: CONNECTED_APPS, doneWhenSeen: ['ca-consumer-page'] },
  { id: 'ca-capture', phase: 'salesforce', path: 'connected-app' },

  { id: 'mkto-open-sync', phase: 'marketo', page: MARKETO_SYNC, doneWhenSeen: ['mkto-sync-page'], provesNothingEarlier: true },
  { id: 'mkto-enter-credentials', phase: 'marketo', page: MARKETO_SYNC, doneWhenSeen: ['mkto-credentials-saved'] },
  { id: 'mkto-login', phase: 'marketo', page: MARKETO_SYNC, doneWhenSeen: ['mkto-popup-opened'] },
  { id: 'mkto-sign-in', phase: 'marketo', doneWhenSeen: ['sf-signed-in'] },
  { id: 'mkto-verify', phase: 'marketo', doneWhenSeen: ['sf-verified'] },
  { id: 'mkto-allow', phase: 'marketo', doneWhenSeen: ['sf-allowed'] },
  { id: 'mkto-confirm', phase: 'marketo', page: MARKETO_SYNC, doneWhenSeen: ['mkto-confirmed'], irreversible: true },
  { id: 'mkto-start-sf-sync', phase: 'marketo', page: MARKETO_SYNC, doneWhenSeen: ['mkto-sf-sync-started'] },
  { id: 'mkto-start-sync', phase: 'marketo', page: MARKETO_SYNC, doneWhenSeen: ['mkto-sync-running'], irreversible: true },
];

export function itemDef(id: ItemId): ItemDef {
  const def = ITEMS.find((item) => item.id === id);
  if (!def) throw new Error(`unknown journey item ${id}`);
  return def;
}

/** The items of one path, in journey order. */
export function itemsOnPath(path: AppPath): ItemDef[] {
  return ITEMS.filter((item) => !item.path || item.path === path);
}

/** i18n keys: "step_eca_oauth_title", "step_eca_oauth_help". */
export function stepMessageKey(id: ItemId, part: 'title' | 'help'): string {
  return `step_${id.replaceAll('-', '_')}_${part}`;
}
