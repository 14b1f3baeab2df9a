// What the two app forms (External Client App, Connected App) fill the same way once their own
// controls are found: the OAuth part of the recipe, and the guide's fill action around it (fill,
// tell the background what the form now holds, report). Each form module finds its controls its
// own way (labels in shadow roots, or JSF ids then labels) and passes them in.
import { fillText, setChecked, type ConfirmedOutcome } from '../../dom/fill';
import { nextRender, untilRendered } from '../../dom/settle';
import type { ActionReport } from '../../guide/guidance';
import { t } from '../../i18n';
import { recipe } from '../../journey/recipe';
import type { AppPath } from '../../journey/steps';
import type { AppForm, Settings } from '../../schema';
import { send } from '../../send';
import { fillReport, hasConflicts, type FieldResult, type FormField } from './fill-report';
import { REDRAW_WAIT_MS, setEachChecked } from './form-controls';
import { LABELS } from './labels';

export const FLOW_LABELS = LABELS.flows.map((label) => [label]);

export interface OAuthControls {
  callback(doc: Document): HTMLInputElement | HTMLTextAreaElement | null;
  /** Moves every available scope to the selected side, the way the form's own list box does it. */
  selectAllScopes(doc: Document): ConfirmedOutcome | Promise<ConfirmedOutcome>;
  pkce(doc: Document): HTMLElement | null;
  secretWeb(doc: Document): HTMLElement | null;
  secretRefresh(doc: Document): HTMLElement | null;
  /** The Flow Enablement boxes (the recipe wants them all unticked). */
  flows(doc: Document): Element[];
}

/**
 * Callback URL, all scopes, no flows, PKCE as the recipe says, both "Require secret" boxes; done
 * once the form's components have re-rendered after them.
 * `enableOauth`: the box that was ticked to draw the OAuth part; it is drawn in the roots around it.
 */
export async function fillOAuthPart(doc: Document, controls: OAuthControls, settings: Settings, overwrite: boolean, enableOauth: Element | null): Promise<FieldResult[]> {
  const rules = recipe({ pkce: settings.pkce });
  // The OAuth fields are drawn only once "Enable OAuth" is ticked, maybe inside a shadow root
  // that no MutationObserver on the document sees: looked for as the roots around the box change.
  const callback = await untilRendered(() => controls.callback(doc), REDRAW_WAIT_MS, { near: enableOauth ? [enableOauth] : [] });
  const callbackOutcome = fillText(callback, rules.callbackUrl, { overwrite });
  // The boxes are set before the list box's first click: the form re-renders once for all of it.
  const boxes: FieldResult[] = [
    { field: 'flows', outcome: setEachChecked(controls.flows(doc), false) },
    { field: 'pkce', outcome: setChecked(controls.pkce(doc), rules.pkce) },
    { field: 'secretWeb', outcome: setChecked(controls.secretWeb(doc), true) },
    { field: 'secretRefresh', outcome: setChecked(controls.secretRefresh(doc), true) },
  ];
  const scopes = await controls.selectAllScopes(doc);
  // Returns once the components have re-rendered after all of it, so that what they kept can be
  // read back at once: a list box that moved its scopes has re-rendered since (it confirms by
  // what its render shows); one that had nothing to move has not, so the next task is waited for.
  if (scopes !== 'filled') await nextRender();
  return [{ field: 'callback', outcome: callbackOutcome }, { field: 'scopes', outcome: scopes }, ...boxes];
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
