// What the two app forms (External Client App, Connected App) fill the same way once their own
// controls are found: the OAuth part of the recipe, and the guide's fill action around it (fill,
// tell the background what the form now holds, report). Each form module finds its controls its
// own way (labels in shadow roots, or JSF ids then labels) and passes them in.
import { fillText, setChecked, type ConfirmedOutcome } from '../../dom/fill';
import { untilRendered } from '../../dom/settle';
import type { ActionReport } from '../../guide/guidance';
import { t } from '../../i18n';
import { recipe } from '../../journey/recipe';
import type { AppPath } from '../../journey/steps';
import type { AppForm, Settings } from '../../schema';
import { send } from '../../send';
import { fillReport, hasConflicts, type FieldResult, type FormField } from './fill-report';
import { REDRAW_WAIT_MS, setAllChecked, setEachChecked } from './form-controls';
import { LABELS } from './labels';

export const FLOW_LABELS = LABELS.flows.map((label) => [label]);

export interface OAuthControls {
  callback(doc: Document): HTMLInputElement | HTMLTextAreaElement | null;
  /** Moves every available scope to the selected side, the way the form's own list box does it. */
  selectAllScopes(doc: Document): ConfirmedOutcome | Promise<ConfirmedOutcome>;
  pkce(doc: Document): HTMLElement | null;
  secretWeb(doc: Document): HTMLElement | null;
  secretRefresh(doc: Document): HTMLElement | null;
  /** The Flow Enablement boxes, where the form has a quicker way to them than a walk of the page. */
  flows?(doc: Document): Element[];
}

/** Callback URL, all scopes, no flows, PKCE as the recipe says, both "Require secret" boxes. */
export async function fillOAuthPart(doc: Document, controls: OAuthControls, settings: Settings, overwrite: boolean): Promise<FieldResult[]> {
  const rules = recipe({ pkce: settings.pkce });
  // The OAuth fields are drawn only once "Enable OAuth" is ticked, maybe inside a shadow root
  // that no MutationObserver on the document sees: looked for after each render.
  const callback = await untilRendered(() => controls.callback(doc), REDRAW_WAIT_MS);
  return [
    { field: 'callback', outcome: fillText(callback, rules.callbackUrl, { overwrite }) },
    { field: 'scopes', outcome: await controls.selectAllScopes(doc) },
    { field: 'flows', outcome: controls.flows ? setEachChecked(controls.flows(doc), false) : setAllChecked(doc, FLOW_LABELS, false) },
    { field: 'pkce', outcome: setChecked(controls.pkce(doc), rules.pkce) },
    { field: 'secretWeb', outcome: setChecked(controls.secretWeb(doc), true) },
    { field: 'secretRefresh', outcome: setChecked(controls.secretRefresh(doc), true) },
  ];
}

interface AppFormFill {
  path: AppPath;
  /** The button the admin clicks next, named in the report. */
  finalStep: 'save' | 'create';
  fill(doc: Document, settings: Settings, overwrite: boolean): Promise<FieldResult[]>;
  read(doc: Document): AppForm;
  /** Where the fields are, so that the guide's card keeps off those the report asks the admin to fix. */
  controls: Partial<Record<FormField, (doc: Document) => Element | null>>;
}

const FOR_THE_ADMIN = new Set<ConfirmedOutcome>(['conflict', 'missing', 'disabled', 'refused']);

/** The guide's action: fills, reports the form as it now is to the background, says what happened. */
export function fillAction(form: AppFormFill, doc: Document, settings: Settings, overwrite: boolean): () => Promise<ActionReport> {
  return async () => {
    const results = await form.fill(doc, settings, overwrite);
    // The report does not wait for the background to store what the form now holds.
    void send({ kind: 'observe', observation: { type: 'app-form', path: form.path, form: form.read(doc) } }).catch(() => undefined);
    const report = fillReport(results, form.finalStep);
    const toFix = results.filter((result) => FOR_THE_ADMIN.has(result.outcome)).map((result) => result.field);
    if (hasConflicts(results)) report.lines.push(t('sf_fill_replace_hint'));
    // Without an address in the options there is nothing to fill: the report says where to set it.
    if (!settings.contactEmail) {
      report.lines.push(t('sf_fill_no_email'));
      toFix.push('email');
    }
    // A field it cannot find is kept clear too, as null: the card cannot know where it is.
    report.keepClear = () => toFix.map((field) => form.controls[field]?.(doc) ?? null);
    return report;
  };
}
