// Moving every option of a dual list box (lightning-dual-listbox) to its selected side as a
// person does: click the first option, shift-click the last (or click them one by one with Ctrl
// if the range did not take), click the "move to selected" button, and confirm on the selected
// side. Only that button changes the component's value and fires its change event. The component
// moves focus to a clicked option on its next render and resets the selection when it does, so
// each click waits for the render that shows it: looked at as the component's own shadow root
// changes, so the wait ends in the same microtask checkpoint as the render. A click the render
// does not show is taken as not taken (no wait beyond the next task). Every wait is bounded.
import { findButtonByText } from './deep-query';
import type { ConfirmedOutcome } from './fill';
import { untilRendered } from './settle';

const RENDER_WAIT_MS = 1000;

export interface DualListbox {
  /** The available side (role=listbox). */
  source(): Element | null;
  /** The selected side; by default the other list box beside the available one. */
  selected?(): Element | null;
  /** Labels of the button that moves the selection to the selected side, in the page's languages. */
  moveLabels: readonly string[];
}

const optionsIn = (list: Element | null) => [...(list?.querySelectorAll<HTMLElement>('[role=option]') ?? [])];
const isSelected = (option: Element) => option.getAttribute('aria-selected') === 'true';
const valueOf = (option: Element) => option.getAttribute('data-value') ?? option.textContent?.trim() ?? '';

function click(option: HTMLElement, modifiers: { shiftKey?: boolean; ctrlKey?: boolean } = {}): void {
  option.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, view: window, ...modifiers }));
}

/** The component around `source`: its closest ancestor that holds another list box too. */
function componentOf(source: Element): ParentNode {
  for (let box = source.parentElement; box; box = box.parentElement) {
    if ([...box.querySelectorAll('[role=listbox]')].some((list) => list !== source)) return box;
  }
  return source.getRootNode() as ParentNode;
}

/** The move button, by its label, within the component. */
function moveButtonOf(source: Element, labels: readonly string[]): HTMLElement | null {
  return findButtonByText<HTMLElement>(componentOf(source), labels);
}

export async function moveAllToSelected(box: DualListbox): Promise<ConfirmedOutcome> {
  const source = box.source();
  if (!source) return 'missing';
  const selectedSide = () => box.selected?.() ?? [...componentOf(source).querySelectorAll('[role=listbox]')].find((list) => list !== source) ?? null;
  const options = optionsIn(source);
  if (options.length === 0) return optionsIn(selectedSide()).length ? 'unchanged' : 'missing';
  const move = moveButtonOf(source, box.moveLabels);
  if (!move) return 'missing';
  const wanted = options.map(valueOf);
  const near = { near: [source] };
  /** Clicks, then waits for the render that shows `shown` (at most until the next task). */
  const clickUntil = (option: HTMLElement, shown: () => boolean, modifiers?: { shiftKey?: boolean; ctrlKey?: boolean }) => {
    click(option, modifiers);
    return untilRendered(shown, 0, near);
  };
  const allSelected = () => optionsIn(source).every(isSelected);

  // A person's click focuses the option first.
  options[0].focus();
  await clickUntil(options[0], () => isSelected(options[0]));
  if (options.length > 1) await clickUntil(options[options.length - 1], allSelected, { shiftKey: true });
  for (const option of optionsIn(source)) {
    if (!isSelected(option)) await clickUntil(option, () => isSelected(option), { ctrlKey: true });
  }

  (moveButtonOf(source, box.moveLabels) ?? move).click();
  const moved = await untilRendered(() => {
    const there = new Set(optionsIn(selectedSide()).map(valueOf));
    return wanted.every((value) => there.has(value));
  }, RENDER_WAIT_MS, near);
  return moved ? 'filled' : 'refused';
}
