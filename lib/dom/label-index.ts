// Many controls looked up by label in one page, with one walk of the page: walking every shadow
// root costs a browser call per possible host, and a form's fill and read-back ask for a control
// dozens of times. The walk is repeated only when a lookup misses or finds a control the page has
// since removed (a component re-rendered, or drew new controls).
import { CONTROLS, deepElements, labelTextOf, matchesAny } from './deep-query';

export interface ControlFinder {
  <E extends Element = HTMLInputElement>(labels: readonly string[]): E | null;
  /** Every control labelled with one of `labels` (none found: the page is walked again once). */
  all(labels: readonly string[]): Element[];
}

/** A findControlByLabel over `root` that walks it once per change rather than once per lookup. */
export function labelIndex(root: ParentNode): ControlFinder {
  let controls: Array<{ label: string; element: Element }> = [];
  const walk = () => {
    controls = labelled(root);
  };
  const matching = (labels: readonly string[]) => controls.filter((control) => control.element.isConnected && matchesAny(control.label, labels)).map((control) => control.element);
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
  return labelled(root)
    .filter((control) => matchesAny(control.label, labels))
    .map((control) => control.element);
}

/** Every control under `root` with its label's text. */
function labelled(root: ParentNode): Array<{ label: string; element: Element }> {
  return [...deepElements(root)].filter((element) => element.matches(CONTROLS)).map((element) => ({ label: labelTextOf(element), element }));
}
