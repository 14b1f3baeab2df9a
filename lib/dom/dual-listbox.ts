// Moving every option of a dual list box (lightning-dual-listbox) to its selected side as a
// person does: click the first option, shift-click the last (or click them one by one with Ctrl
// if the range did not take), click the "move to selected" button, and confirm on the selected
// side. Only that button changes the component's value and fires its change event.
// First as a quick person does, every click before the component renders (its handlers keep the
// selection as they go); where that did not move everything, step by step: the component moves
// focus to a clicked option on its next render and may reset the selection when it does, so each
// step then waits for that render first. Every wait is bounded.
import { findButtonByText } from './deep-query';
import type { ConfirmedOutcome } from './fill';
import { nextRender, untilRendered } from './settle';

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
  // The selected side changes in the component's own shadow root: looked at as it renders.
  const near = { near: [source] };

  // A person's click focuses the option first.
  options[0].focus();
  click(options[0]);
  if (options.length > 1) click(options[options.length - 1], { shiftKey: true });
  move.click();
  // Moved in the render that follows, or not at all: waited for no longer than the next task.
  if (await untilRendered(moved, 0, near)) return 'filled';

  const left = optionsIn(source);
  if (left.length > 0) {
    left[0].focus();
    click(left[0]);
    await nextRender();
    if (left.length > 1) click(left[left.length - 1], { shiftKey: true });
    await nextRender();
    for (const option of optionsIn(source)) {
      if (!isSelected(option)) {
        click(option, { ctrlKey: true });
        await nextRender();
      }
    }
    moveButtonOf(source, box.moveLabels)?.click();
  }
  return (await untilRendered(moved, RENDER_WAIT_MS, near)) ? 'filled' : 'refused';
}
