// Small steps shared by the two app forms: reading controls that may be missing, and the
// checkbox groups the recipe wants all off.
import { labelTextOf, matchesAny } from '../../dom/deep-query';
import { isChecked, setChecked, type FillOutcome } from '../../dom/fill';

/** How long a fill waits for a part of the form that the page draws after a click. */
export const REDRAW_WAIT_MS = 2000;

export function valueOf(control: Element | null): string | undefined {
  return control && 'value' in control ? String((control as HTMLInputElement).value) : undefined;
}

export function checkedOf(control: Element | null): boolean | undefined {
  return control ? isChecked(control) : undefined;
}

/** The lines of a callback URL textarea (Salesforce takes one URL per line). */
export function callbackUrlsOf(control: Element | null): string[] | undefined {
  const value = valueOf(control);
  return value === undefined ? undefined : value.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
}

/** Each of `controls` set to `checked`; one outcome for all. */
export function setEachChecked(controls: Element[], checked: boolean): FillOutcome {
  const outcomes = controls.map((control) => setChecked(control as HTMLElement, checked));
  if (outcomes.length === 0) return 'missing';
  if (outcomes.includes('conflict') || outcomes.includes('disabled')) return 'conflict';
  return outcomes.includes('filled') ? 'filled' : 'unchanged';
}

/** Labels (each group's first) of the ticked ones among `controls`; undefined where there are none. */
export function tickedAmong(controls: Element[], labelGroups: readonly string[][]): string[] | undefined {
  if (controls.length === 0) return undefined;
  return controls
    .filter((control) => isChecked(control))
    .map((control) => labelGroups.find((labels) => matchesAny(labelTextOf(control), labels))?.[0] ?? '');
}
