// Derives the checklist from progress: which steps are done, which is current, which need the
// admin's attention. Nothing here is stored; a changed fact changes the checklist, which is how
// "undo" works (a callback URL edited after the fill makes its step open again).
import { isOtherOrg } from '../hosts';
import { isMarketoCallback, recipe, type Recipe } from './recipe';
import { itemsOnPath, type AppPath, type ItemDef, type ItemId, type Phase, type StepPage } from './steps';
import type { AppForm, AppSettings, Progress } from '../schema';

export type ItemStatus = 'done' | 'current' | 'todo' | 'attention';

export type AttentionReason =
  | 'popups-blocked'
  | 'basic-auth'
  | 'secret-gone'
  | 'callback-mismatch'
  | 'scopes-missing'
  | 'pkce-mismatch'
  | 'connected-apps-disabled'
  | 'oauth-error'
  | 'wrong-user'
  | 'wrong-org';

export interface ChecklistItem {
  id: ItemId;
  phase: Phase;
  status: ItemStatus;
  reason?: AttentionReason;
  page?: StepPage;
  /** The admin may tick it in the popup: the extension cannot see it, or may have missed it. */
  tickable: boolean;
  /** Only the admin can tell; the tick is the main way to complete it. */
  adminConfirms: boolean;
  /** Its click cannot be undone: the guide warns before it. */
  irreversible: boolean;
}

export interface Checklist {
  path: AppPath;
  items: ChecklistItem[];
  /** The first step of the journey that is not done; undefined when complete. */
  current?: ItemId;
  complete: boolean;
}

export interface ChecklistContext {
  /** Whether storage.session holds the consumer secret (it is never part of progress). */
  hasSecret: boolean;
  pkce: boolean;
  syncUserName: string;
}

// Holding the key and secret is shown by holding them, never by a tick.
const HELD_CREDENTIALS: readonly ItemId[] = ['app-credentials', 'eca-capture', 'ca-capture'];

export function checklist(progress: Progress, context: ChecklistContext): Checklist {
  const rules = recipe({ pkce: context.pkce });
  const complete = progress.seen['mkto-sync-running'] !== undefined;
  const defs = itemsOnPath(progress.path);
  const judged = defs.map((def) => ({
    def,
    done: isDone(def, progress, context, rules, complete),
    reason: attention(def, progress, context, rules, complete),
  }));

  // A step done later in the journey means the earlier ones were done, with or without us.
  const steps = judged.filter(({ def }) => def.phase !== 'before');
  const lastDone = steps.map(({ def, done }) => done && !def.provesNothingEarlier).lastIndexOf(true);
  let current: ItemId | undefined;
  const statusOf = new Map<ItemId, ItemStatus>();
  steps.forEach(({ def, done, reason }, index) => {
    if (reason) statusOf.set(def.id, 'attention');
    else if (done || index < lastDone) statusOf.set(def.id, 'done');
    else statusOf.set(def.id, current ? 'todo' : 'current');
    if (!current && statusOf.get(def.id) !== 'done') current = def.id;
  });

  const items = judged.map(({ def, done, reason }): ChecklistItem => ({
    id: def.id,
    phase: def.phase,
    status: def.phase === 'before' ? (reason ? 'attention' : done ? 'done' : 'todo') : statusOf.get(def.id)!,
    ...(reason ? { reason } : {}),
    ...(def.page ? { page: def.page } : {}),
    tickable: !HELD_CREDENTIALS.includes(def.id),
    adminConfirms: Boolean(def.adminConfirms),
    irreversible: Boolean(def.irreversible),
  }));
  return { path: progress.path, items, current: complete ? undefined : current, complete };
}

function isDone(def: ItemDef, progress: Progress, context: ChecklistContext, rules: Recipe, complete: boolean): boolean {
  if (progress.ticks[def.id]) return true;
  if (def.doneWhenSeen?.some((milestone) => progress.seen[milestone] !== undefined)) return true;
  const form = def.path ? progress.forms[def.path] : undefined;
  switch (def.id) {
    case 'popups':
      return progress.popups === 'allowed';
    case 'oauth-feature':
      return progress.oauthFeature === 'oauth';
    case 'app-credentials':
    case 'eca-capture':
    case 'ca-capture':
      return complete || (progress.consumerKey !== undefined && context.hasSecret);
    case 'eca-basic-info':
      return basicInfoFilled(form) && held(form, ['distribution'], rules);
    case 'ca-basic-info':
      return basicInfoFilled(form);
    case 'eca-oauth':
      return oauthFilled(form, rules);
    case 'ca-oauth':
      // The classic form keeps PKCE in its OAuth section.
      return oauthFilled(form, rules) && held(form, ['pkce'], rules);
    case 'eca-policies':
      return held(form, ['pkce', 'secretWeb', 'secretRefresh', 'flows'], rules);
    default:
      return false;
  }
}

function basicInfoFilled(form: AppForm | undefined): boolean {
  return Boolean(form?.name?.trim() && form.email?.trim());
}

function oauthFilled(form: AppForm | undefined, rules: Recipe): boolean {
  return held(form, ['oauth', 'callback', 'scopes'], rules);
}

/** The parts of an app form the recipe prescribes. */
export type RecipePart = 'distribution' | 'oauth' | 'callback' | 'scopes' | 'flows' | 'pkce' | 'secretWeb' | 'secretRefresh';

/**
 * Whether what a form holds follows the recipe, part by part: judged here once, for the checklist
 * and for the fill's read-back of what the form's components kept.
 */
export const HOLDS_RECIPE: Record<RecipePart, (form: AppForm, rules: Recipe) => boolean> = {
  distribution: (form, rules) => form.distributionState?.toLowerCase() === rules.distributionState.toLowerCase(),
  oauth: (form) => form.oauthEnabled === true,
  callback: (form) => form.callbackUrls?.some(isMarketoCallback) === true,
  scopes: (form) => form.scopesAvailable === 0,
  flows: (form, rules) => form.flowsEnabled?.length === rules.flowsEnabled.length,
  pkce: (form, rules) => form.pkce === rules.pkce,
  secretWeb: (form, rules) => form.requireSecretForWebServerFlow === rules.requireSecretForWebServerFlow,
  secretRefresh: (form, rules) => form.requireSecretForRefreshTokenFlow === rules.requireSecretForRefreshTokenFlow,
};

function held(form: AppForm | undefined, parts: readonly RecipePart[], rules: Recipe): boolean {
  return form !== undefined && parts.every((part) => HOLDS_RECIPE[part](form, rules));
}

function attention(
  def: ItemDef,
  progress: Progress,
  context: ChecklistContext,
  rules: Recipe,
  complete: boolean,
): AttentionReason | undefined {
  const saved = def.path ? progress.appSettings[def.path] : undefined;
  switch (def.id) {
    case 'popups':
      return progress.popups === 'blocked' ? 'popups-blocked' : undefined;
    case 'oauth-feature':
      return progress.oauthFeature === 'basic' ? 'basic-auth' : undefined;
    case 'app-credentials':
      return !complete && progress.consumerKey !== undefined && !context.hasSecret ? 'secret-gone' : undefined;
    case 'ca-new':
      return progress.connectedAppsDisabled ? 'connected-apps-disabled' : undefined;
    case 'eca-oauth':
      return savedOAuthProblem(saved, rules);
    case 'ca-oauth':
      return savedOAuthProblem(saved, rules) ?? savedPkceProblem(saved, rules);
    case 'eca-policies':
      return savedPkceProblem(saved, rules);
    case 'mkto-login':
      return progress.oauthError !== undefined && !complete ? 'oauth-error' : undefined;
    case 'mkto-sign-in':
      return isSomeoneElse(progress.approvalUser, context.syncUserName) ? 'wrong-user' : undefined;
    case 'mkto-allow':
      // Marketo's window reached another org than the one whose Setup gave the key and secret.
      return !complete && isOtherOrg(progress.windowOrg, progress.credentialOrg) ? 'wrong-org' : undefined;
    default:
      return undefined;
  }
}

function savedOAuthProblem(saved: AppSettings | undefined, rules: Recipe): AttentionReason | undefined {
  if (!saved) return undefined;
  if (!saved.callbackUrls.some(isMarketoCallback)) return 'callback-mismatch';
  const scopes = new Set(saved.scopes);
  if (rules.requiredScopes.some((scope) => !scopes.has(scope))) return 'scopes-missing';
  return undefined;
}

function savedPkceProblem(saved: AppSettings | undefined, rules: Recipe): AttentionReason | undefined {
  return saved?.pkce !== undefined && saved.pkce !== rules.pkce ? 'pkce-mismatch' : undefined;
}

/** The approval page names a user; warn when it is not the sync user the admin named. */
function isSomeoneElse(approvalUser: string | undefined, syncUserName: string): boolean {
  if (!approvalUser || !syncUserName.trim()) return false;
  const named = syncUserName.trim().toLowerCase();
  const shown = approvalUser.trim().toLowerCase();
  return !shown.includes(named) && !named.includes(shown);
}
