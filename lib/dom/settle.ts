// Waiting for a component framework to re-render after an event. Lightning web components render
// in a microtask after the event that changed them (and move focus in their renderedCallback,
// right after), inside shadow roots that a MutationObserver on the document never sees.
//
// Two waits, both bounded:
// - nextRender: the next task, when every microtask has run, however many the components chain.
//   A read-back that could already hold before the render (a box the click ticked natively, which
//   the component may untick when it re-renders) waits for this.
// - untilRendered: for what only the render can bring (a list opened, a section drawn, options
//   moved): looked at as soon as the component's own shadow root (or one around it) changes, in
//   the same microtask checkpoint as the render, so a fill does not give the page a task (and a
//   frame) per step; and after each task too, for changes in roots not watched.

/** Resolves in the next task: after the microtasks in which components re-render. */
export function nextRender(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface RenderWait {
  /** Elements whose shadow roots (and the roots around them) the change is expected in. */
  near?: readonly Element[];
}

/**
 * The first truthy result of `check`: now, after each change in the roots around `near`, or after
 * each task; null after `timeoutMs`.
 */
export function untilRendered<T>(check: () => T | null | undefined | false, timeoutMs: number, { near = [] }: RenderWait = {}): Promise<T | null> {
  const first = safely(check);
  if (first) return Promise.resolve(first);
  return new Promise((resolve) => {
    const deadline = Date.now() + timeoutMs;
    let timer: ReturnType<typeof setTimeout>;
    const finish = (value: T | null) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(value);
    };
    const look = () => {
      const found = safely(check);
      if (found) finish(found);
      return Boolean(found);
    };
    const tick = () => {
      if (look()) return;
      if (Date.now() >= deadline) finish(null);
      else timer = setTimeout(tick, 0);
    };
    const observer = new MutationObserver(look);
    for (const root of rootsAround(near)) observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    timer = setTimeout(tick, 0);
  });
}

/**
 * The root nodes `elements` sit in, and those around them up to the document: a component's
 * shadow root, its host's, and so on. Observed with their subtrees they see the component and the
 * page around it change, whether its shadow is native or synthetic (then the document is all).
 */
export function rootsAround(elements: readonly Element[]): Set<Node> {
  const roots = new Set<Node>();
  for (const element of elements) {
    for (let root: Node = element.getRootNode(); !roots.has(root); ) {
      roots.add(root);
      if (!(root instanceof ShadowRoot)) break;
      root = root.host.getRootNode();
    }
  }
  return roots;
}

function safely<T>(check: () => T): T | null {
  try {
    return check();
  } catch {
    return null;
  }
}
