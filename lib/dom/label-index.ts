// Many controls looked up by label in one page, with one walk of the page: walking every shadow
// root costs a browser call per possible host, and a form's fill and read-back ask for a control
// dozens of times. The walk is repeated only when a lookup misses or finds a control the page has
// since removed (a component re-rendered, or drew new controls).
import { CONTROLS, deepElements, labelTextOf, normaliseLabel, normalisedLabels } from './deep-query';

export interface ControlFinder {
  <E extends Element = HTMLInputElement>(labels: readonly string[]): E | null;
  /** Every control labelled with one of `labels` (none found: the page is walked again once). */
  all(labels: readonly string[]): Element[];
}

/** A findControlByLabel over `root` that walks it once per change rather than once per lookup. */
export function labelIndex(root: ParentNode): ControlFinder {
  let controls: LabelledControl[] = [];
  const walk = () => {
    controls = labelled(root);
  };
  const matching = (labels: readonly string[]) => {
    const wanted = normalisedLabels(labels);
    return controls.filter((control) => wanted.has(control.label) && control.element.isConnected).map((control) => control.element);
  };
  const find = (<E extends Element>(labels: readonly string[]) => {
    const hit = matching(labels)[0];
    if (hit) return hit as E;
    walk();
    return (matching(labels)[0] ?? null) as E | null;
  }) as ControlFinder;
  find.all = (labels) => {
    const hits = matching(labels);
    if (hits.length) return hits;
    walk();
    return matching(labels);
  };
  walk();
  return find;
}

/** Every control whose label reads one of `labels`, in one walk. */
export function controlsLabelled(root: ParentNode, labels: readonly string[]): Element[] {
  const wanted = normalisedLabels(labels);
  return labelled(root)
    .filter((control) => wanted.has(control.label))
    .map((control) => control.element);
}

/** A control and its label's text, normalised (normaliseLabel). */
interface LabelledControl {
  label: string;
  element: Element;
}

/** Every control under `root` with its label. */
function labelled(root: ParentNode): LabelledControl[] {
  return [...deepElements(root)].filter((element) => element.matches(CONTROLS)).map((element) => ({ label: normaliseLabel(labelTextOf(element)), element }));
}
