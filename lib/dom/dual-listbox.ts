// Moving every option of a dual list box (lightning-dual-listbox) to its selected side as a
// person does: click the first option, shift-click the last, click the "move to selected" button,
// and confirm on the selected side (where the range did not take, the options left are clicked one
// by one with Ctrl and moved again). Only that button changes the component's value and fires its
// change event. The component moves focus to a clicked option on its next render and resets the
// selection when it does, so the shift-click waits for the render that shows the first click;
// the move button takes the selection as the handlers left it. Each wait looks at the component's
// own shadow root as it renders, and a click the render does not show is taken as not taken (no
// wait beyond the next task). Every wait is bounded.
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
  const moved = () => {
    const there = new Set(optionsIn(selectedSide()).map(valueOf));
    return wanted.every((value) => there.has(value));
  };
  const near = { near: [source] };
  /** Clicks, then waits for the render that shows `shown` (at most until the next task). */
  const clickUntil = (option: HTMLElement, shown: () => boolean, modifiers?: { shiftKey?: boolean; ctrlKey?: boolean }) => {
    click(option, modifiers);
    return untilRendered(shown, 0, near);
  };

  // A person's click focuses the option first; the range is taken from the rendered first click.
  options[0].focus({ preventScroll: true });
  await clickUntil(options[0], () => isSelected(options[0]));
  if (options.length > 1) click(options[options.length - 1], { shiftKey: true });
  // The move button takes the selection as the component's handlers left it, rendered or not.
  (moveButtonOf(source, box.moveLabels) ?? move).click();
  if (await untilRendered(moved, 0, near)) return 'filled';

  // The range did not take: what is left, the first clicked and the others added with Ctrl.
  for (const [index, option] of optionsIn(source).entries()) {
    if (index === 0) option.focus({ preventScroll: true });
    await clickUntil(option, () => isSelected(option), index === 0 ? undefined : { ctrlKey: true });
  }
  moveButtonOf(source, box.moveLabels)?.click();
  return (await untilRendered(moved, RENDER_WAIT_MS, near)) ? 'filled' : 'refused';
}
