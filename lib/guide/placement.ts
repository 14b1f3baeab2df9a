// Keeps the card beside the control it points at, and the spotlight around that control, while
// the page scrolls, resizes and re-renders. The card keeps off the control, the buttons beside it
// (found here, from the control's own row) and the fields the last report names; where the report
// names a field the guide could not find, it keeps off every control of the page, since that field
// may be any of them. Where the window is too small for that, the overlay shows a chip instead
// (`onCompact`), in a corner clear of the same. The geometry is card-position.ts.
//
// What moves the control, and how it is noticed without work on every change of the page:
// - scrolling and the window's size: their events place the card again (measuring only: which
//   elements to keep in sight, labels included, is decided once per change of the page, below);
// - the page re-rendering: a MutationObserver on the document, and one on each shadow root the
//   control and the fields sit in (a document's observer sees nothing inside a shadow root, where
//   Lightning's components draw under native shadow), make it look again, at most every RELOCATE_MS,
//   and not while the card's own action changes the page (once after it instead);
// - sizes: a ResizeObserver on the control, the card and the fields;
// - the admin's clicks and typing anywhere (events that cross shadow roots), after which a
//   component may have drawn or moved something the observers above do not watch;
// - a control not there yet: looked for on every animation frame for EAGER_MS after the guide
//   starts following it or loses it (a page being drawn brings it within moments, often inside
//   shadow roots no observer here watches yet), then every RETRY_MS.
import { CONTROLS, deepElements, labelElementsOf, parentAcrossShadow } from '../dom/deep-query';
import { cardPosition, chipPosition, type Box } from './card-position';
import type { KeepClear } from './guidance';

const RETRY_MS = 1000;
const SPOTLIGHT_PADDING = 4;
const RELOCATE_MS = 150;
const EAGER_MS = 2000;
/** How far up from the control its button row may be (ExtJS and classic Setup nest buttons in tables), and how many neighbours count. */
const ROW_LEVELS = 8;
const MAX_NEIGHBOURS = 8;
/** The admin's doings after which a component may have redrawn: composed events, so they reach the window from inside shadow roots. */
const INTERACTIONS = ['click', 'input'] as const;

export interface OverlayParts {
  card: HTMLElement | null;
  spotlight: HTMLElement | null;
  /** Stands in for the card when there is no room for it. */
  chip: HTMLElement | null;
  /** The fields the report names. */
  keepClear?: KeepClear;
  /**
   * An action of the card is changing the page (a fill): the page's changes are its own, and
   * looking again after each would lay the page out in the middle of it. Looked at once it is done.
   */
  busy?: boolean;
}

export interface Placement {
  /** Points at what `target` finds; `onAnchored` says whether there is something to point at. */
  follow(target: () => Element | null, onAnchored: (anchored: boolean) => void): void;
  /** Positions the overlay's parts again (after the overlay re-rendered them). */
  refresh(parts: OverlayParts): void;
  stop(): void;
}

const BUTTONS = 'button,[role=button],input[type=submit],input[type=button],input[type=reset]';

/** A button, or a component that draws one (lightning-button, whose own button may be in a closed shadow root). */
const isButton = (element: Element) => element.matches(BUTTONS) || element.localName.includes('button');

/**
 * The buttons in the control's row (Cancel beside Save, the rest of a button group): up from the
 * control while the ancestor stays about one row high, the buttons in the highest such ancestor.
 * A control that is no button has none.
 */
function neighbourButtons(control: Element): Element[] {
  if (!isButton(control)) return [];
  const height = control.getBoundingClientRect().height;
  let row: Element | null = null;
  for (let node = parentAcrossShadow(control), level = 0; node && level < ROW_LEVELS; node = parentAcrossShadow(node), level++) {
    if (node.getBoundingClientRect().height > 2 * height + 16) break;
    row = node;
  }
  if (!row) return [];
  const found: Element[] = [];
  for (const element of row.querySelectorAll('*')) {
    if (found.length === MAX_NEIGHBOURS) break;
    if (isButton(element) && !element.contains(control) && !control.contains(element)) found.push(element);
  }
  return found;
}

/** The shadow roots an element sits in, innermost first. */
function shadowRootsOf(element: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) roots.push(root);
  return roots;
}

/** The box around what the admin must see of a field: the control and its labels. */
function boxAround(group: readonly Element[]): Box | null {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const element of group) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    left = Math.min(left, box.left);
    top = Math.min(top, box.top);
    right = Math.max(right, box.right);
    bottom = Math.max(bottom, box.bottom);
  }
  return right > left && bottom > top ? { left, top, width: right - left, height: bottom - top } : null;
}

const sameMembers = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>) => a.size === b.size && [...a].every((member) => b.has(member));

const sizeOf = (element: HTMLElement) => ({ width: element.offsetWidth, height: element.offsetHeight });

export function createPlacement(doc: Document, onCompact: (compact: boolean) => void): Placement {
  const view = doc.defaultView;
  let find: (() => Element | null) | null = null;
  let report: (anchored: boolean) => void = () => undefined;
  let current: Element | null = null;
  let card: HTMLElement | null = null;
  let spotlight: HTMLElement | null = null;
  let chip: HTMLElement | null = null;
  let stopFollowing: (() => void) | null = null;
  let observer: MutationObserver | null = null;
  let retry: ReturnType<typeof setInterval> | null = null;
  /** Since when the control has been missing, and the frame that looks for it again. */
  let missingSince = Number.NEGATIVE_INFINITY;
  let eagerFrame: number | null = null;
  let pending = false;
  let busy = false;
  let compact = false;
  // What to keep clear, decided when the page changes rather than on every scroll frame.
  let keepClear: KeepClear | undefined;
  let fields: Element[] = [];
  /** Every control of the page, kept clear while the report names a field the guide could not find. */
  let unlocated: Element[] | null = null;
  let neighbours: Element[] = [];
  /** Each element to keep in sight with its labels, resolved once per change of the page. */
  let inSight: Element[][] = [];
  /** Watches the shadow roots the control and the fields sit in. */
  const shadows = typeof MutationObserver === 'function' ? new MutationObserver(() => schedule()) : null;
  let watchedRoots = new Set<ShadowRoot>();
  const sizes = typeof ResizeObserver === 'function' ? new ResizeObserver(() => position()) : null;
  let measured = new Set<Element>();

  const safeFind = (): Element | null => {
    try {
      const found = find?.() ?? null;
      return found?.isConnected ? found : null;
    } catch {
      return null; // a page module's bug must not reach the page
    }
  };

  /** The page's controls, our own overlay's aside (those out of sight are no obstacle: card-position.ts). */
  const pageControls = (): Element[] => {
    const ours = card?.getRootNode();
    const found: Element[] = [];
    for (const element of deepElements(doc)) if (element.matches(CONTROLS) && element.getRootNode() !== ours) found.push(element);
    return found;
  };

  const findFields = () => {
    let named: readonly (Element | null)[] = [];
    try {
      named = keepClear?.() ?? [];
    } catch {
      named = []; // as above
    }
    fields = named.filter((field): field is Element => field !== null);
    unlocated = named.includes(null) ? pageControls() : null;
  };

  /** Decides what to keep in sight and watches where it sits: after the control, the fields or the page changed. */
  const resolve = () => {
    const elements = [...neighbours, ...fields, ...(unlocated ?? [])];
    inSight = elements.map((element) => [element, ...labelElementsOf(element)]);
    const roots = new Set([current, ...fields].flatMap((element) => (element ? shadowRootsOf(element) : [])));
    if (shadows && !sameMembers(roots, watchedRoots)) {
      shadows.disconnect();
      for (const root of roots) shadows.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style', 'hidden'] });
      watchedRoots = roots;
    }
    const sized = new Set([current, card, ...fields].filter((element): element is Element => element !== null));
    if (sizes && !sameMembers(sized, measured)) {
      sizes.disconnect();
      for (const element of sized) sizes.observe(element);
      measured = sized;
    }
  };

  const setCompact = (next: boolean) => {
    if (next === compact) return;
    compact = next;
    onCompact(next);
  };

  const position = () => {
    if (!card) return;
    if (!current) {
      setCompact(false);
      return;
    }
    const reference = current;
    // A control the page just removed measures 0×0 at the top left: pointing there would cover
    // the page's own navigation. Look for it again instead.
    if (!reference.isConnected) {
      locate();
      return;
    }
    // Everything is measured before anything moves: a write between two reads would make the
    // browser lay the page out twice in one frame.
    const rect = reference.getBoundingClientRect();
    const viewport = { width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight };
    const areas: Box[] = [];
    for (const group of inSight) {
      const area = boxAround(group);
      if (area) areas.push(area);
    }
    const place = cardPosition(rect, sizeOf(card), viewport, areas);
    const corner = chip && chipPosition(sizeOf(chip), viewport, [rect, ...areas]);
    if (spotlight) {
      spotlight.style.transform = `translate(${rect.left - SPOTLIGHT_PADDING}px, ${rect.top - SPOTLIGHT_PADDING}px)`;
      spotlight.style.width = `${rect.width + SPOTLIGHT_PADDING * 2}px`;
      spotlight.style.height = `${rect.height + SPOTLIGHT_PADDING * 2}px`;
    }
    card.style.transform = `translate(${Math.round(place.x)}px, ${Math.round(place.y)}px)`;
    if (chip && corner) chip.style.transform = `translate(${Math.round(corner.x)}px, ${Math.round(corner.y)}px)`;
    setCompact(!place.clear);
  };

  let nextFrame: number | null = null;
  const positionBeforeNextFrame = () => {
    if (!view) return position();
    nextFrame ??= view.requestAnimationFrame(() => {
      nextFrame = null;
      position();
    });
  };

  /** Follows the control: scrolling anywhere (capture), the window's size, the admin's doings. */
  const bind = () => {
    stopFollowing?.();
    stopFollowing = null;
    neighbours = current ? neighbourButtons(current) : [];
    resolve();
    if (!current || !card || !view) {
      position();
      return;
    }
    // Not per animation frame: a tab behind Marketo's OAuth window gets none.
    const update = () => position();
    view.addEventListener('scroll', update, { capture: true, passive: true });
    view.addEventListener('resize', update, { passive: true });
    position();
    stopFollowing = () => {
      view.removeEventListener('scroll', update, { capture: true });
      view.removeEventListener('resize', update);
    };
  };

  /** Looks for the control again; re-binds only when it changed. */
  const locate = () => {
    pending = false;
    lastLocated = performance.now();
    if (!find) return;
    const next = safeFind();
    // A field or control the page re-rendered is looked for again.
    if (fields.some((field) => !field.isConnected) || unlocated?.some((control) => !control.isConnected)) findFields();
    // The same control may have moved with what the page changed around it.
    if (next === current) {
      if (neighbours.some((neighbour) => !neighbour.isConnected) && current) neighbours = neighbourButtons(current);
      resolve();
      position();
      return;
    }
    const lost = current !== null && next === null;
    current = next;
    if (current) stopRetry();
    else startRetry();
    if (lost) lookEveryFrame();
    report(current !== null);
    bind();
  };

  // Lightning mutates constantly; looking again at most every RELOCATE_MS keeps this cheap. The
  // first change after a quiet spell is looked at at once, so a control drawn late is pointed at
  // within a frame or two.
  let lastLocated = Number.NEGATIVE_INFINITY;
  const schedule = () => {
    if (pending || busy || !find) return;
    pending = true;
    setTimeout(locate, Math.max(0, lastLocated + RELOCATE_MS - performance.now()));
  };

  const startRetry = () => {
    retry ??= setInterval(locate, RETRY_MS);
  };
  /** The control just went missing (or was never there): looked for on every frame for a while. */
  const lookEveryFrame = () => {
    missingSince = performance.now();
    if (!view || eagerFrame !== null) return;
    const tick = () => {
      eagerFrame = null;
      if (!find || current || performance.now() - missingSince > EAGER_MS) return;
      locate();
      eagerFrame = view.requestAnimationFrame(tick);
    };
    eagerFrame = view.requestAnimationFrame(tick);
  };
  const stopRetry = () => {
    if (retry) clearInterval(retry);
    retry = null;
  };

  const stop = () => {
    stopFollowing?.();
    stopFollowing = null;
    observer?.disconnect();
    observer = null;
    shadows?.disconnect();
    watchedRoots = new Set();
    sizes?.disconnect();
    measured = new Set();
    for (const type of INTERACTIONS) view?.removeEventListener(type, schedule, { capture: true });
    stopRetry();
    if (eagerFrame !== null) view?.cancelAnimationFrame(eagerFrame);
    eagerFrame = null;
    if (nextFrame !== null) view?.cancelAnimationFrame(nextFrame);
    nextFrame = null;
    find = null;
    current = null;
    neighbours = [];
  };

  return {
    follow(target, onAnchored) {
      stop();
      find = target;
      report = onAnchored;
      // Any change may replace the control, draw it, or make target() choose another one (a tab
      // opened); locate() re-binds only when the answer changed.
      observer = new MutationObserver(schedule);
      observer.observe(doc.documentElement, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['aria-selected', 'aria-expanded', 'hidden'],
      });
      for (const type of INTERACTIONS) view?.addEventListener(type, schedule, { capture: true, passive: true });
      current = safeFind();
      if (!current) {
        startRetry();
        lookEveryFrame();
      }
      report(current !== null);
      bind();
    },
    refresh(parts) {
      const cardChanged = parts.card !== card;
      const partsChanged = parts.spotlight !== spotlight || parts.chip !== chip;
      const keepClearChanged = parts.keepClear !== keepClear;
      card = parts.card;
      spotlight = parts.spotlight;
      chip = parts.chip;
      if (keepClearChanged) {
        keepClear = parts.keepClear;
        findFields();
        resolve();
      }
      // In a corner the stylesheet places the card; a transform left from pointing would move it.
      if (!current) card?.style.removeProperty('transform');
      if (cardChanged) bind();
      else if (partsChanged || !sizes) position();
      // A card whose content changed and nothing else (an action's "running" state) is placed
      // again by the ResizeObserver if its size changed, after the frame's own layout; one with
      // other fields to keep clear (an action's report), before the next frame. Measuring here
      // would lay the page out once more while its components are still rendering.
      else if (keepClearChanged) positionBeforeNextFrame();
      const done = busy && !parts.busy;
      busy = parts.busy ?? false;
      if (done) schedule();
    },
    stop,
  };
}
