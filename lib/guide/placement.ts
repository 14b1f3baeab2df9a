// Keeps the card beside the control it points at, and the spotlight around that control, while
// the page scrolls, resizes and re-renders: scroll and resize events and a ResizeObserver move
// them; a MutationObserver notices when the control is replaced or moved, and then asks the page
// module's target() for it again. The card keeps off the control, the buttons beside it (found
// here, from the control's own row) and the fields the last report names; where the window is too
// small for that, the overlay shows a chip instead (`onCompact`). The geometry is card-position.ts.
import { labelElementsOf, parentAcrossShadow } from '../dom/deep-query';
import { cardPosition, chipPosition, type Box } from './card-position';
import type { KeepClear } from './guidance';

/** How often to look again for a control that is not there yet: it may render inside a shadow root, which the document's observer does not see. */
const RETRY_MS = 1000;
const SPOTLIGHT_PADDING = 4;
const RELOCATE_MS = 150;
/** How far up from the control its button row may be (ExtJS and classic Setup nest buttons in tables), and how many neighbours count. */
const ROW_LEVELS = 8;
const MAX_NEIGHBOURS = 8;

export interface OverlayParts {
  card: HTMLElement | null;
  spotlight: HTMLElement | null;
  /** Stands in for the card when there is no room for it. */
  chip: HTMLElement | null;
  /** The fields the report names. */
  keepClear?: KeepClear;
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

/** The parent, across a shadow root's boundary to its host. */

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

/** What of a field the admin needs to see: the control and its labels (also a classic row's label cell). */
function areaOf(element: Element): Box | null {
  let { left, top, right, bottom } = element.getBoundingClientRect();
  for (const label of labelElementsOf(element)) {
    const box = label.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    left = Math.min(left, box.left);
    top = Math.min(top, box.top);
    right = Math.max(right, box.right);
    bottom = Math.max(bottom, box.bottom);
  }
  return right > left && bottom > top ? { left, top, width: right - left, height: bottom - top } : null;
}

const sizeOf = (element: HTMLElement) => ({ width: element.offsetWidth, height: element.offsetHeight });

export function createPlacement(doc: Document, onCompact: (compact: boolean) => void): Placement {
  let find: (() => Element | null) | null = null;
  let report: (anchored: boolean) => void = () => undefined;
  let current: Element | null = null;
  let card: HTMLElement | null = null;
  let spotlight: HTMLElement | null = null;
  let chip: HTMLElement | null = null;
  let stopFollowing: (() => void) | null = null;
  let observer: MutationObserver | null = null;
  let retry: ReturnType<typeof setInterval> | null = null;
  let pending = false;
  let compact = false;
  // Areas to keep clear, found when the control or the report changes rather than on every frame.
  let keepClear: KeepClear | undefined;
  let fields: readonly Element[] = [];
  let neighbours: Element[] = [];

  const safeFind = (): Element | null => {
    try {
      const found = find?.() ?? null;
      return found?.isConnected ? found : null;
    } catch {
      return null; // a page module's bug must not reach the page
    }
  };

  const findFields = () => {
    try {
      fields = keepClear?.() ?? [];
    } catch {
      fields = []; // as above
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
    for (const element of [...neighbours, ...fields]) {
      const area = areaOf(element);
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

  /** Follows the control: scrolling anywhere (capture), the window's size, the control's and the card's sizes. */
  const bind = () => {
    stopFollowing?.();
    stopFollowing = null;
    const view = doc.defaultView;
    neighbours = current ? neighbourButtons(current) : [];
    if (!current || !card || !view) {
      position();
      return;
    }
    // Not per animation frame: a tab behind Marketo's OAuth window gets none.
    const update = () => position();
    view.addEventListener('scroll', update, { capture: true, passive: true });
    view.addEventListener('resize', update, { passive: true });
    const sizes = typeof ResizeObserver === 'function' ? new ResizeObserver(update) : null;
    sizes?.observe(current);
    sizes?.observe(card);
    position();
    stopFollowing = () => {
      view.removeEventListener('scroll', update, { capture: true });
      view.removeEventListener('resize', update);
      sizes?.disconnect();
    };
  };

  /** Looks for the control again; re-binds only when it changed. */
  const locate = () => {
    pending = false;
    lastLocated = performance.now();
    if (!find) return;
    const next = safeFind();
    // A field or neighbour the page re-rendered is looked for again.
    if (fields.some((field) => !field.isConnected)) findFields();
    // The same control may have moved with what the page changed around it.
    if (next === current) {
      if (neighbours.some((neighbour) => !neighbour.isConnected) && current) neighbours = neighbourButtons(current);
      position();
      return;
    }
    current = next;
    if (current) stopRetry();
    else startRetry();
    report(current !== null);
    bind();
  };

  // Lightning mutates constantly; looking again at most every RELOCATE_MS keeps this cheap. The
  // first change after a quiet spell is looked at at once, so a control drawn late is pointed at
  // within a frame or two.
  let lastLocated = Number.NEGATIVE_INFINITY;
  const schedule = () => {
    if (pending) return;
    pending = true;
    setTimeout(locate, Math.max(0, lastLocated + RELOCATE_MS - performance.now()));
  };

  const startRetry = () => {
    retry ??= setInterval(locate, RETRY_MS);
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
    stopRetry();
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
      current = safeFind();
      if (!current) startRetry();
      report(current !== null);
      bind();
    },
    refresh(parts) {
      const cardChanged = parts.card !== card;
      card = parts.card;
      spotlight = parts.spotlight;
      chip = parts.chip;
      if (parts.keepClear !== keepClear) {
        keepClear = parts.keepClear;
        findFields();
      }
      // In a corner the stylesheet places the card; a transform left from pointing would move it.
      if (!current) card?.style.removeProperty('transform');
      if (cardChanged) bind();
      else position();
    },
    stop,
  };
}
