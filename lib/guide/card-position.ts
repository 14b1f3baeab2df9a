// Where the guide's card goes, in viewport coordinates (the card is position: fixed): as near the
// control it points at as it can be while clear of the control and of the areas the admin must
// still see (the fields a report asks them to fix, the buttons beside the control), and on screen.
// Among spots equally near: beside the control first, else below or above it, left of it last
// (where a control's neighbours, other buttons and labels, usually are), lined up with the
// control's start. When no spot is clear, the caller shrinks the card to a chip; the card, opened
// from it, still keeps off the control where it can. Runs on every scroll frame: with a dozen
// areas, about a thousand rectangle tests.

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface CardPlace {
  x: number;
  y: number;
  /** Whether the card covers none of the control and the areas to keep clear; false means: show the chip. */
  clear: boolean;
}

/** Between the control and the card. */
export const GAP = 12;
/** What choosing a later side costs against a nearer spot, in pixels. */
const SIDE_COST = 2;
/** Kept free along the viewport's edges, and around each area to keep clear. */
export const MARGIN = 8;

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const rectOf = (box: Box, grow = 0): Rect => ({
  left: box.left - grow,
  top: box.top - grow,
  right: box.left + box.width + grow,
  bottom: box.top + box.height + grow,
});

/** Touching edges do not overlap: a card placed exactly GAP away is clear. */
const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Which side of the control a card at this rectangle is on, in the order of preference: right, below, above, left. */
function sideOf(card: Rect, control: Rect): number {
  if (card.left >= control.right) return 0;
  if (card.top >= control.bottom) return 1;
  return card.bottom <= control.top ? 2 : 3;
}

/**
 * The clear spot nearest the control, on the preferred side among equals. A card pushed up and
 * left until something stops it has its left edge on the viewport's margin or an obstacle's right
 * edge, and its top likewise: those edges, the ones on the other sides and the control's own
 * alignments are the only positions worth trying.
 */
function nearestClear(control: Rect, card: Size, viewport: Size, obstacles: readonly Rect[]): { x: number; y: number } | null {
  const maxX = viewport.width - MARGIN - card.width;
  const maxY = viewport.height - MARGIN - card.height;
  if (maxX < MARGIN || maxY < MARGIN) return null;
  const xs = [control.left, control.right - card.width, MARGIN, maxX];
  const ys = [control.top, control.bottom - card.height, MARGIN, maxY];
  for (const obstacle of obstacles) {
    xs.push(obstacle.right, obstacle.left - card.width);
    ys.push(obstacle.bottom, obstacle.top - card.height);
  }
  let best: { x: number; y: number; score: number } | null = null;
  for (const rawX of xs) {
    const x = Math.min(Math.max(rawX, MARGIN), maxX);
    for (const rawY of ys) {
      const y = Math.min(Math.max(rawY, MARGIN), maxY);
      const spot = { left: x, top: y, right: x + card.width, bottom: y + card.height };
      if (obstacles.some((obstacle) => overlaps(spot, obstacle))) continue;
      const side = sideOf(spot, control);
      const dx = Math.max(0, control.left - spot.right, spot.left - control.right);
      const dy = Math.max(0, control.top - spot.bottom, spot.top - control.bottom);
      // Lined up with the control's start breaks the remaining ties.
      const misalignment = side === 0 || side === 3 ? Math.abs(y - control.top) : Math.abs(x - control.left);
      const score = Math.hypot(dx, dy) + side * SIDE_COST + misalignment / 100;
      if (!best || score < best.score) best = { x, y, score };
    }
  }
  return best;
}

/** Only what the admin can see needs to stay visible: areas outside the viewport are no obstacle. */
const onScreen = (rect: Rect, viewport: Size) => rect.right > 0 && rect.bottom > 0 && rect.left < viewport.width && rect.top < viewport.height;

export function cardPosition(control: Box, card: Size, viewport: Size, keepClear: readonly Box[] = []): CardPlace {
  const target = rectOf(control);
  const around = rectOf(control, GAP);
  const areas = keepClear.map((box) => rectOf(box, MARGIN)).filter((rect) => onScreen(rect, viewport));
  const clear = nearestClear(target, card, viewport, [around, ...areas]);
  if (clear) return { x: clear.x, y: clear.y, clear: true };
  // No room for all of it: the chip stands in; the card, if opened, still keeps off the control.
  const offControl = nearestClear(target, card, viewport, [around]);
  return { x: offControl?.x ?? MARGIN, y: offControl?.y ?? MARGIN, clear: false };
}

/**
 * The chip's corner: bottom right, else top right, bottom left, top left, the first that covers
 * neither the control nor an area to keep clear; bottom right when every corner does.
 */
export function chipPosition(chip: Size, viewport: Size, avoid: readonly Box[]): { x: number; y: number } {
  const inset = 2 * MARGIN;
  const right = viewport.width - inset - chip.width;
  const bottom = viewport.height - inset - chip.height;
  const corners = [
    { x: right, y: bottom },
    { x: right, y: inset },
    { x: inset, y: bottom },
    { x: inset, y: inset },
  ];
  const obstacles = avoid.map((box) => rectOf(box, MARGIN));
  const clear = corners.find(({ x, y }) => !obstacles.some((obstacle) => overlaps(rectOf({ left: x, top: y, ...chip }), obstacle)));
  return clear ?? corners[0];
}
