// Where the guide's card goes beside the control it points at, in viewport coordinates (the card
// is position: fixed). Beside the control first, else below or above it, left of it last (where a
// control's neighbours, other buttons and labels, usually are); the first side where the card fits
// wins, else the roomiest one. The card is then moved into the viewport along the other axis.

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export type Side = 'right' | 'bottom' | 'top' | 'left';

const SIDES: readonly Side[] = ['right', 'bottom', 'top', 'left'];
/** Between the control and the card. */
export const GAP = 12;
/** Kept free along the viewport's edges. */
export const MARGIN = 8;

/** The card's top-left corner on one side of the control, aligned with the control's start. */
function placeOn(side: Side, control: Box, card: { width: number; height: number }): { x: number; y: number } {
  switch (side) {
    case 'right':
      return { x: control.left + control.width + GAP, y: control.top };
    case 'left':
      return { x: control.left - GAP - card.width, y: control.top };
    case 'bottom':
      return { x: control.left, y: control.top + control.height + GAP };
    case 'top':
      return { x: control.left, y: control.top - GAP - card.height };
  }
}

/** The room on a side, along the axis the card leaves the control by. */
function room(side: Side, control: Box, viewport: { width: number; height: number }): number {
  switch (side) {
    case 'right':
      return viewport.width - MARGIN - (control.left + control.width + GAP);
    case 'left':
      return control.left - GAP - MARGIN;
    case 'bottom':
      return viewport.height - MARGIN - (control.top + control.height + GAP);
    case 'top':
      return control.top - GAP - MARGIN;
  }
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), Math.max(min, max));

export function cardPosition(
  control: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): { x: number; y: number; side: Side } {
  const needed = (side: Side) => (side === 'right' || side === 'left' ? card.width : card.height);
  const side = SIDES.find((candidate) => room(candidate, control, viewport) >= needed(candidate)) ?? SIDES.reduce((best, candidate) => (room(candidate, control, viewport) > room(best, control, viewport) ? candidate : best));
  const { x, y } = placeOn(side, control, card);
  // Across the side's axis the card slides to stay on screen; along it, it keeps its gap.
  const slideX = side === 'top' || side === 'bottom';
  return {
    x: slideX ? clamp(x, MARGIN, viewport.width - MARGIN - card.width) : x,
    y: slideX ? y : clamp(y, MARGIN, viewport.height - MARGIN - card.height),
    side,
  };
}
