// Keeps the card beside the control it points at, and the spotlight around that control, while
// the page scrolls, resizes and re-renders: scroll and resize events and a ResizeObserver move
// them; a MutationObserver notices when the control is replaced or moved, and then asks the page
// module's target() for it again. The geometry is card-position.ts.
import { cardPosition } from './card-position';

/** How often to look again for a control that is not there yet: it may render inside a shadow root, which the document's observer does not see. */
const RETRY_MS = 1000;
const SPOTLIGHT_PADDING = 4;
const RELOCATE_MS = 150;

export interface Placement {
  /** Points at what `target` finds; `onAnchored` says whether there is something to point at. */
  follow(target: () => Element | null, onAnchored: (anchored: boolean) => void): void;
  /** Positions the card and spotlight again (after the overlay re-rendered them). */
  refresh(card: HTMLElement | null, spotlight: HTMLElement | null): void;
  stop(): void;
}

export function createPlacement(doc: Document): Placement {
  let find: (() => Element | null) | null = null;
  let report: (anchored: boolean) => void = () => undefined;
  let current: Element | null = null;
  let card: HTMLElement | null = null;
  let spotlight: HTMLElement | null = null;
  let stopFollowing: (() => void) | null = null;
  let observer: MutationObserver | null = null;
  let retry: ReturnType<typeof setInterval> | null = null;
  let pending = false;

  const safeFind = (): Element | null => {
    try {
      const found = find?.() ?? null;
      return found?.isConnected ? found : null;
    } catch {
      return null; // a page module's bug must not reach the page
    }
  };

  const position = () => {
    if (!current || !card) return;
    const reference = current;
    // A control the page just removed measures 0×0 at the top left: pointing there would cover
    // the page's own navigation. Look for it again instead.
    if (!reference.isConnected) {
      locate();
      return;
    }
    const rect = reference.getBoundingClientRect();
    if (spotlight) {
      spotlight.style.transform = `translate(${rect.left - SPOTLIGHT_PADDING}px, ${rect.top - SPOTLIGHT_PADDING}px)`;
      spotlight.style.width = `${rect.width + SPOTLIGHT_PADDING * 2}px`;
      spotlight.style.height = `${rect.height + SPOTLIGHT_PADDING * 2}px`;
    }
    const viewport = { width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight };
    const { x, y } = cardPosition(rect, { width: card.offsetWidth, height: card.offsetHeight }, viewport);
    card.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  };

  /** Follows the control: scrolling anywhere (capture), the window's size, the control's and the card's sizes. */
  const bind = () => {
    stopFollowing?.();
    stopFollowing = null;
    const view = doc.defaultView;
    if (!current || !card || !view) return;
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
    // The same control may have moved with what the page changed around it.
    if (next === current) {
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
    refresh(nextCard, nextSpotlight) {
      const cardChanged = nextCard !== card;
      card = nextCard;
      spotlight = nextSpotlight;
      // In a corner the stylesheet places the card; a transform left from pointing would move it.
      if (!current) card?.style.removeProperty('transform');
      if (cardChanged) bind();
      else position();
    },
    stop,
  };
}
