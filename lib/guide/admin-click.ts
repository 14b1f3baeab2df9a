// Whether a click on one of the card's action buttons is the admin's: a click the browser made
// from real input (a page script's click(), dispatchEvent or synthetic keys are not trusted), on a
// button the admin can really see. A page script could otherwise make the card transparent, move
// it away or lay a decoy over it and let the admin's click land on a button they never saw
// (docs/security.md, "Page scripts on trusted hosts").
//
// Chrome says whether an element is really visible, not covered, not transparent, not
// transformed, through IntersectionObserver v2 (`trackVisibility`); its verdicts come at most every
// 100 ms, so they gate the actions only, never the drawing of the card. Every engine also gets the
// checks a script can make at the moment of the click: the button is on screen, the topmost element
// at its centre (asked of the card's own root), and opaque and visible all the way up.
// The price: a click within Chrome's 100 ms of the card moving (it follows its control) may meet
// the verdict from before the move, and is refused with words that say to click again.
import { parentAcrossShadow } from '../dom/deep-query';

/** IntersectionObserver v2's smallest allowed delay between verdicts. */
const VERDICT_DELAY_MS = 100;
/** How long a click on a button Chrome has not judged yet waits for the first verdict. */
const FIRST_VERDICT_WAIT_MS = 400;

type VisibilityEntry = IntersectionObserverEntry & { isVisible?: boolean };

export interface AdminClickGate {
  /** Starts (or keeps) watching these buttons; buttons no longer drawn are let go. */
  watch(buttons: readonly HTMLElement[]): void;
  /** Whether `event` on `button` is the admin's click on a button they can see. */
  isAdminClick(event: Event, button: HTMLElement): Promise<boolean>;
  stop(): void;
}

export function createAdminClickGate(root: ShadowRoot): AdminClickGate {
  const verdicts = new Map<Element, boolean>();
  const waiting = new Map<Element, Array<() => void>>();
  const observer = visibilityObserver((entries) => {
    for (const entry of entries as VisibilityEntry[]) {
      verdicts.set(entry.target, entry.isVisible === true);
      for (const wake of waiting.get(entry.target) ?? []) wake();
      waiting.delete(entry.target);
    }
  });

  const firstVerdict = (button: Element) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, FIRST_VERDICT_WAIT_MS);
      waiting.set(button, [...(waiting.get(button) ?? []), () => (clearTimeout(timer), resolve())]);
    });

  return {
    watch(buttons) {
      if (!observer) return;
      for (const button of [...verdicts.keys()]) {
        if (buttons.includes(button as HTMLElement)) continue;
        observer.unobserve(button);
        verdicts.delete(button);
      }
      for (const button of buttons) {
        if (verdicts.has(button)) continue;
        // Not judged yet: a click now waits for the first verdict.
        verdicts.set(button, false);
        waiting.set(button, waiting.get(button) ?? []);
        observer.observe(button);
      }
    },
    async isAdminClick(event, button) {
      // Judged at the click itself: a page could uncover the card a moment later.
      if (!event.isTrusted || !shownAtSafely(root, button)) return false;
      if (!observer) return true;
      if (waiting.has(button)) await firstVerdict(button);
      return verdicts.get(button) === true;
    },
    stop() {
      observer?.disconnect();
      verdicts.clear();
      waiting.clear();
    },
  };
}

/** IntersectionObserver v2 where the engine has it (Chrome 84+), else null (Firefox, Safari). */
function visibilityObserver(callback: IntersectionObserverCallback): IntersectionObserver | null {
  if (typeof IntersectionObserver === 'undefined' || typeof IntersectionObserverEntry === 'undefined') return null;
  if (!('isVisible' in IntersectionObserverEntry.prototype)) return null;
  const options = { trackVisibility: true, delay: VERDICT_DELAY_MS, threshold: [1] } as IntersectionObserverInit;
  return new IntersectionObserver(callback, options);
}

/**
 * What a script can see of the button at this moment: on screen, the topmost thing at its centre,
 * and neither it nor anything above it (up to the page's root element, through our shadow host)
 * hidden or transparent.
 */
export function shownAt(root: ShadowRoot, button: HTMLElement): boolean {
  const view = button.ownerDocument.defaultView;
  if (!view || !button.isConnected) return false;
  const box = button.getBoundingClientRect();
  if (box.width <= 0 || box.height <= 0) return false;
  const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
  if (x < 0 || y < 0 || x > view.innerWidth || y > view.innerHeight) return false;
  const hit = root.elementFromPoint(x, y);
  if (!hit || !button.contains(hit)) return false;
  for (let element: Element | null = button; element; element = parentAcrossShadow(element)) {
    const style = view.getComputedStyle(element);
    if (style.visibility !== 'visible' || Number(style.opacity) < 1 || style.display === 'none') return false;
  }
  return true;
}

/** shownAt, where an engine missing a piece of it counts as "not shown" and throws nothing into the page. */
function shownAtSafely(root: ShadowRoot, button: HTMLElement): boolean {
  try {
    return shownAt(root, button);
  } catch {
    return false;
  }
}

