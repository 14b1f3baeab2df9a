// Where the guide's card goes beside a control, as the admin sees it on screens of any size.
import { describe, expect, it } from 'vitest';
import { cardPosition, GAP, MARGIN } from '../../lib/guide/card-position';

const VIEWPORT = { width: 1280, height: 800 };
const CARD = { width: 340, height: 300 };

describe('the card beside a control', () => {
  it('sits right of the control, aligned with its top', () => {
    const control = { left: 100, top: 200, width: 300, height: 30 };
    expect(cardPosition(control, CARD, VIEWPORT)).toEqual({ x: 400 + GAP, y: 200, side: 'right' });
  });

  it('goes below a control at the right edge, slid back on screen', () => {
    const control = { left: 1100, top: 100, width: 150, height: 30 };
    expect(cardPosition(control, CARD, VIEWPORT)).toEqual({ x: VIEWPORT.width - MARGIN - CARD.width, y: 130 + GAP, side: 'bottom' });
  });

  it('goes above a wide control at the bottom', () => {
    const control = { left: 20, top: 700, width: 1200, height: 40 };
    expect(cardPosition(control, CARD, VIEWPORT)).toEqual({ x: 20, y: 700 - GAP - CARD.height, side: 'top' });
  });

  it('goes left only when no other side has room', () => {
    const control = { left: 900, top: 50, width: 300, height: 700 };
    expect(cardPosition(control, CARD, VIEWPORT).side).toBe('left');
  });

  it('stays beside a control near the bottom, slid up to stay on screen', () => {
    const control = { left: 100, top: 760, width: 200, height: 30 };
    expect(cardPosition(control, CARD, VIEWPORT)).toEqual({ x: 300 + GAP, y: VIEWPORT.height - MARGIN - CARD.height, side: 'right' });
  });

  it('takes the roomiest side on a screen too small for the card anywhere', () => {
    const control = { left: 10, top: 10, width: 100, height: 20 };
    const { x, y, side } = cardPosition(control, CARD, { width: 360, height: 200 });
    expect(side).toBe('right');
    expect([x, y]).toEqual([10 + 100 + GAP, MARGIN]);
  });
});
