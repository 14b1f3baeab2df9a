// Turning what a fill did into the card's report, in the admin's language: what was filled, what
// already held the right value, what holds a different value (left alone until the admin says
// "replace"), what could not be found, and what the page did not keep (both to do by hand).
import type { ActionReport } from '../../guide/guidance';
import type { ConfirmedOutcome } from '../../dom/fill';
import { t, type MessageKey } from '../../i18n';

export type FormField =
  | 'name'
  | 'email'
  | 'distribution'
  | 'oauth'
  | 'callback'
  | 'scopes'
  | 'flows'
  | 'pkce'
  | 'secretWeb'
  | 'secretRefresh';

export interface FieldResult {
  field: FormField;
  outcome: ConfirmedOutcome;
}

const FIELD_NAMES: Record<FormField, MessageKey> = {
  name: 'sf_field_name',
  email: 'sf_field_email',
  distribution: 'sf_field_distribution',
  oauth: 'sf_field_oauth',
  callback: 'sf_field_callback',
  scopes: 'sf_field_scopes',
  flows: 'sf_field_flows',
  pkce: 'sf_field_pkce',
  secretWeb: 'sf_field_secret_web',
  secretRefresh: 'sf_field_secret_refresh',
};

const names = (results: FieldResult[], outcomes: ConfirmedOutcome[]) =>
  results.filter((result) => outcomes.includes(result.outcome)).map((result) => t(FIELD_NAMES[result.field]));

export function hasConflicts(results: FieldResult[]): boolean {
  return results.some((result) => result.outcome === 'conflict');
}

/** `finalStep` names the button that stays with the admin: Save or Create. */
export function fillReport(results: FieldResult[], finalStep: 'save' | 'create'): ActionReport {
  const filled = names(results, ['filled']);
  const unchanged = names(results, ['unchanged']);
  const conflicts = names(results, ['conflict']);
  const missing = names(results, ['missing', 'disabled']);
  const refused = names(results, ['refused']);
  const lines: string[] = [];
  if (filled.length) lines.push(t('sf_fill_filled', filled.join(', ')));
  if (unchanged.length) lines.push(t('sf_fill_unchanged', unchanged.join(', ')));
  if (conflicts.length) lines.push(t('sf_fill_conflicts', conflicts.join(', ')));
  if (missing.length) lines.push(t('sf_fill_missing', missing.join(', ')));
  if (refused.length) lines.push(t('sf_fill_refused', refused.join(', ')));
  const incomplete = conflicts.length + missing.length + refused.length > 0;
  if (!incomplete) lines.push(t(finalStep === 'save' ? 'sf_fill_then_save' : 'sf_fill_then_create'));
  return { tone: incomplete ? 'warning' : 'success', lines };
}
