// Choosing an option in a Lightning combobox (lightning-combobox) as a person does: open it, click
// the option, confirm by what the component then shows, and leave it closed. Its options exist
// only once it has been opened; the chosen one carries aria-checked (aria-selected is only the
// keyboard highlight); the trigger shows the chosen label. Under synthetic shadow the list is found
// through aria-controls, under native shadow through ariaControlsElements. Every wait is bounded.
import { matchesAny } from './deep-query';
import type { ConfirmedOutcome, FillOptions } from './fill';
import { nextRender, untilRendered } from './settle';

/** How long the list may take to appear after a click, and the choice to show. */
const RENDER_WAIT_MS = 1000;

export interface WantedOption {
  /** The option's value (data-value), where the page has one. */
  value: string;
  /** Its label in the page's languages. */
  labels: readonly string[];
}

type Linked = Element & { ariaControlsElements?: readonly Element[] | null };

/** The list the trigger opens: linked by element, by id, or the one beside it. */
function listboxOf(trigger: Element): Element | null {
  const linked = (trigger as Linked).ariaControlsElements?.[0];
  if (linked) return linked;
  const id = trigger.getAttribute('aria-controls');
  const root = trigger.getRootNode() as Document | ShadowRoot;
  const byId = id ? root.getElementById?.(id) : null;
  if (byId) return byId;
  for (let box = trigger.parentElement, depth = 0; box && depth < 4; box = box.parentElement, depth++) {
    const list = box.querySelector('[role=listbox]');
    if (list) return list;
  }
  return null;
}

const optionsOf = (trigger: Element) => [...(listboxOf(trigger)?.querySelectorAll('[role=option]') ?? [])];
const isWanted = (option: Element, wanted: WantedOption) =>
  option.getAttribute('data-value') === wanted.value || matchesAny(option.textContent, wanted.labels);

/** The trigger shows the wanted choice (its label; in Salesforce's combobox also its value), or its option is marked chosen. */
function shows(trigger: Element, wanted: WantedOption): boolean {
  const chosen = chosenOption(trigger);
  return trigger.getAttribute('data-value') === wanted.value || matchesAny(trigger.textContent, wanted.labels) || (chosen !== null && isWanted(chosen, wanted));
}

/**
 * The option marked chosen: aria-checked where the list uses it (aria-selected is then only the
 * keyboard highlight), else aria-selected.
 */
export function chosenOption(trigger: Element): Element | null {
  const options = optionsOf(trigger);
  const mark = options.some((o) => o.hasAttribute('aria-checked')) ? 'aria-checked' : 'aria-selected';
  return options.find((o) => o.getAttribute(mark) === 'true') ?? null;
}

/** Another value is chosen: an option marked chosen, or a value on the trigger. */
function holdsOther(trigger: Element): boolean {
  return Boolean(trigger.getAttribute('data-value')) || chosenOption(trigger) !== null;
}

const isOpen = (trigger: Element) => trigger.getAttribute('aria-expanded') === 'true';

export async function chooseOption(trigger: HTMLElement | null, wanted: WantedOption, options: FillOptions = {}): Promise<ConfirmedOutcome> {
  if (!trigger) return 'missing';
  if (trigger.getAttribute('aria-disabled') === 'true' || (trigger as HTMLButtonElement).disabled) return 'disabled';
  if (shows(trigger, wanted)) return 'unchanged';
  if (holdsOther(trigger) && !options.overwrite) return 'conflict';
  // The list and the choice appear in the combobox's own shadow root, looked at as it renders.
  const near = { near: [trigger] };
  try {
    if (!isOpen(trigger)) trigger.click();
    const option = await untilRendered(() => optionsOf(trigger).find((o) => isWanted(o, wanted)) as HTMLElement | undefined, RENDER_WAIT_MS, near);
    if (!option) return 'missing';
    option.click();
    // The component closes the list in the render that shows the choice.
    const held = await untilRendered(() => shows(trigger, wanted), RENDER_WAIT_MS, near);
    return held ? 'filled' : 'refused';
  } finally {
    // Never leave the list open over the form (closed by a click only once its render is done).
    if (isOpen(trigger)) {
      await nextRender();
      if (isOpen(trigger)) trigger.click();
    }
  }
}
