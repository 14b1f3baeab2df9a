// Filling a field the way a person does, so the page's own framework (Lightning, JSF, ExtJS)
// notices: focus (without scrolling), the native value setter, bubbling and composed input and
// change, blur.
// Written once here; the page modules only say which field gets which value.

export type FillOutcome = 'filled' | 'unchanged' | 'conflict' | 'missing' | 'disabled';
/** A fill read back from the page: 'refused' when the control was set but its component did not keep the value. */
export type ConfirmedOutcome = FillOutcome | 'refused';

export interface FillOptions {
  /** Replace a different value the admin typed; without it such a field is left as a conflict. */
  overwrite?: boolean;
}

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/**
 * The prototype's own setter: frameworks (React, LWC) shadow `value` on the instance to track
 * changes, and only a value set through the prototype makes them see the input event as new.
 */
function nativeValueSetter(control: TextControl): ((value: string) => void) | undefined {
  const view = control.ownerDocument.defaultView;
  const prototype =
    control.localName === 'textarea'
      ? (view?.HTMLTextAreaElement ?? HTMLTextAreaElement).prototype
      : (view?.HTMLInputElement ?? HTMLInputElement).prototype;
  return Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.bind(control);
}

function dispatch(control: Element, type: 'input' | 'change'): void {
  const init = { bubbles: true, composed: true };
  control.dispatchEvent(type === 'input' ? new InputEvent(type, init) : new Event(type, init));
}

/** Compares as Salesforce does: surrounding whitespace is not part of a value. */
function sameValue(a: string, b: string): boolean {
  return a.trim() === b.trim();
}

export function fillText(control: TextControl | null, value: string, options: FillOptions = {}): FillOutcome {
  if (!control) return 'missing';
  if (control.disabled || control.readOnly) return 'disabled';
  const current = control.value;
  if (sameValue(current, value)) return 'unchanged';
  if (current.trim() !== '' && !options.overwrite) return 'conflict';
  // Without scrolling: the page stays where the admin has it, and is not laid out for the scroll.
  control.focus({ preventScroll: true });
  const setter = nativeValueSetter(control);
  if (setter) setter(value);
  else control.value = value;
  dispatch(control, 'input');
  dispatch(control, 'change');
  control.blur();
  return 'filled';
}

/**
 * Ticks or unticks by clicking, as the admin would: frameworks listen to the click. The input's
 * own click(): SLDS draws a faux box and hides the real input, so a click at its place misses.
 */
export function setChecked(control: HTMLElement | null, checked: boolean): FillOutcome {
  if (!control) return 'missing';
  if (isDisabled(control)) return 'disabled';
  if (isChecked(control) === checked) return 'unchanged';
  control.click();
  return isChecked(control) === checked ? 'filled' : 'conflict';
}

export function isChecked(control: Element): boolean {
  return control.localName === 'input' ? (control as HTMLInputElement).checked : control.getAttribute('aria-checked') === 'true';
}

function isDisabled(control: Element): boolean {
  return control.localName === 'input' ? (control as HTMLInputElement).disabled : control.getAttribute('aria-disabled') === 'true';
}
