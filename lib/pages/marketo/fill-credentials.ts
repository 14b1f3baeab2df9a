// The guide's "Fill key and secret" action on Sync with Salesforce. The values come from the
// background ('secret-for-fill'), which answers only Marketo's admin application; they go into
// empty fields only, unless the admin clicks a second time to replace what is there. Save stays
// with the admin. The secret is not kept here after the fill.
import { fillText, type FillOutcome } from '../../dom/fill';
import { loadedUrl } from '../../dom/loaded-url';
import type { ActionReport } from '../../guide/guidance';
import { t } from '../../i18n';
import { send } from '../../send';
import { isTrustedMarketoAdminFrame } from './frame-trust';
import { fillTargets } from './sync-page';

/** How long a second click counts as the admin's yes to replacing what the fields hold. */
const CONFIRM_MS = 2 * 60_000;

/** One per document (Marketo never reloads): remembers when the admin was told about a conflict. */
export function createFillAction(document: Document, location: Location): () => Promise<ActionReport> {
  let conflictShownAt = Number.NEGATIVE_INFINITY;
  return async () => {
    if (!isTrustedMarketoAdminFrame(location, loadedUrl(document))) return { tone: 'warning', lines: [t('mkto_fill_untrusted')] };
    const answer = await send({ kind: 'secret-for-fill' });
    if (!answer) return { tone: 'warning', lines: [t('mkto_fill_untrusted')] };
    if (!answer.key || !answer.secret) return { tone: 'warning', lines: [t('mkto_fill_nothing_held')] };

    const overwrite = Date.now() - conflictShownAt < CONFIRM_MS;
    const fields = fillTargets(document);
    const outcomes: Array<[string, FillOutcome]> = [
      [t('mkto_field_consumer_key'), fillText(fields?.key ?? null, answer.key, { overwrite })],
      [t('mkto_field_consumer_secret'), fillText(fields?.secret ?? null, answer.secret, { overwrite })],
    ];
    const conflict = outcomes.some(([, outcome]) => outcome === 'conflict');
    conflictShownAt = conflict ? Date.now() : Number.NEGATIVE_INFINITY;
    return reportOf(outcomes, conflict);
  };
}

function reportOf(outcomes: Array<[string, FillOutcome]>, conflict: boolean): ActionReport {
  const lines = outcomes.map(([field, outcome]) => t(`mkto_fill_${outcome}`, field));
  if (conflict) return { tone: 'warning', lines: [...lines, t('mkto_fill_confirm_replace')] };
  const done = outcomes.every(([, outcome]) => outcome === 'filled' || outcome === 'unchanged');
  return done ? { tone: 'success', lines: [...lines, t('mkto_fill_now_save')] } : { tone: 'error', lines };
}
