// Where the guide's card goes beside a control, as the admin sees it on screens of any size: never
// over the control, the buttons beside it or the fields the report asks them to fix; a chip when
// there is no room for that.
import { describe, expect, it } from 'vitest';
import { cardPosition, chipPosition, GAP, MARGIN, type Box } from '../../lib/guide/card-position';

const VIEWPORT = { width: 1280, height: 800 };
const CARD = { width: 340, height: 300 };

const cardBox = (place: { x: number; y: number }, card = CARD): Box => ({ left: place.x, top: place.y, ...card });
const overlap = (a: Box, b: Box) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
const inside = (box: Box, viewport: { width: number; height: number }) =>
  box.left >= 0 && box.top >= 0 && box.left + box.width <= viewport.width && box.top + box.height <= viewport.height;

describe('the card beside a control', () => {
  it('sits right of the control, aligned with its top', () => {
    const control = { left: 100, top: 200, width: 300, height: 30 };
    expect(cardPosition(control, CARD, VIEWPORT)).toEqual({ x: 400 + GAP, y: 200, clear: true });
  });

  it('goes below a control at the right edge, slid back on screen', () => {
    const control = { left: 1100, top: 100, width: 150, height: 30 };
    expect(cardPosition(control, CARD, VIEWPORT)).toEqual({ x: VIEWPORT.width - MARGIN - CARD.width, y: 130 + GAP, clear: true });
  });

  it('goes above a wide control at the bottom', () => {
    const control = { left: 20, top: 700, width: 1200, height: 40 };
    expect(cardPosition(control, CARD, VIEWPORT)).toEqual({ x: 20, y: 700 - GAP - CARD.height, clear: true });
  });

  it('goes left only when no other side has room', () => {
    const control = { left: 900, top: 50, width: 300, height: 700 };
    expect(cardPosition(control, CARD, VIEWPORT)).toEqual({ x: 900 - GAP - CARD.width, y: 50, clear: true });
  });

  it('stays beside a control near the bottom, slid up to stay on screen', () => {
    const control = { left: 100, top: 760, width: 200, height: 30 };
    expect(cardPosition(control, CARD, VIEWPORT)).toEqual({ x: 300 + GAP, y: VIEWPORT.height - MARGIN - CARD.height, clear: true });
  });
});

describe('the card keeps clear of what the admin needs', () => {
  it('moves past Cancel beside Save rather than covering it', () => {
    // The classic form's bottom buttons, low in the frame: right of Save is Cancel.
    const save = { left: 23, top: 851, width: 45, height: 22 };
    const cancel = { left: 71, top: 851, width: 48, height: 22 };
    const place = cardPosition(save, CARD, { width: 994, height: 900 }, [cancel]);
    expect(place.clear).toBe(true);
    for (const area of [save, cancel]) expect(overlap(cardBox(place), area)).toBe(false);
    // Still next to Save: the nearest clear spot, not somewhere across the page.
    expect(place.x).toBeLessThan(cancel.left + cancel.width + GAP + MARGIN);
  });

  it('leaves a button group whole: the card goes below it, not over the neighbours', () => {
    const group = [
      { left: 784, top: 124, width: 142, height: 32 },
      { left: 926, top: 124, width: 150, height: 32 },
    ];
    const target = { left: 1076, top: 124, width: 178, height: 32 };
    const place = cardPosition(target, CARD, VIEWPORT, group);
    expect(place).toEqual({ x: VIEWPORT.width - MARGIN - CARD.width, y: 156 + GAP, clear: true });
    for (const area of [target, ...group]) expect(overlap(cardBox(place), area)).toBe(false);
  });

  it('keeps off every field the report lists, whichever side that takes', () => {
    // Save low on the left; the fields to fix fill the rows above and to the right.
    const save = { left: 20, top: 600, width: 60, height: 24 };
    const fields = [
      { left: 20, top: 80, width: 700, height: 30 },
      { left: 20, top: 300, width: 900, height: 60 },
      { left: 100, top: 600, width: 500, height: 24 },
    ];
    const place = cardPosition(save, CARD, VIEWPORT, fields);
    expect(place.clear).toBe(true);
    expect(inside(cardBox(place), VIEWPORT)).toBe(true);
    for (const area of [save, ...fields]) expect(overlap(cardBox(place), area)).toBe(false);
  });

  it('finds the one gap between fields when only one is left', () => {
    const control = { left: 600, top: 380, width: 80, height: 40 };
    // Everything but a strip at the top right is taken.
    const fields = [
      { left: 0, top: 0, width: 800, height: 800 },
      { left: 800, top: 400, width: 480, height: 400 },
    ];
    const place = cardPosition(control, CARD, VIEWPORT, fields);
    expect(place.clear).toBe(true);
    expect(cardBox(place).left).toBeGreaterThanOrEqual(800 + MARGIN);
    expect(cardBox(place).top + CARD.height).toBeLessThanOrEqual(400 - MARGIN);
  });

  it('beside the control, moves only as far as the field below it needs', () => {
    // The classic form's name field, with the callback URL to fix a few rows down.
    const name = { left: 100, top: 170, width: 300, height: 30 };
    const callback = { left: 240, top: 468, width: 370, height: 54 };
    const card = { width: 340, height: 378 };
    const place = cardPosition(name, card, { width: 994, height: 1300 }, [callback]);
    expect(place).toEqual({ x: 400 + GAP, y: callback.top - MARGIN - card.height, clear: true });
  });

  it('ignores fields scrolled out of sight', () => {
    const control = { left: 100, top: 200, width: 300, height: 30 };
    const above = { left: 400, top: -500, width: 600, height: 300 };
    expect(cardPosition(control, CARD, VIEWPORT, [above])).toEqual({ x: 400 + GAP, y: 200, clear: true });
  });
});

describe('no room: the chip', () => {
  it('says so on a small window where the card can only cover a field, and still keeps off the control', () => {
    const viewport = { width: 800, height: 500 };
    const save = { left: 23, top: 440, width: 45, height: 22 };
    const cancel = { left: 71, top: 440, width: 48, height: 22 };
    const fields = [{ left: 20, top: 60, width: 760, height: 300 }];
    const place = cardPosition(save, CARD, viewport, [cancel, ...fields]);
    expect(place.clear).toBe(false);
    expect(overlap(cardBox(place), save)).toBe(false);
    expect(inside(cardBox(place), viewport)).toBe(true);
  });

  it('says so when the card is taller than the window', () => {
    const control = { left: 10, top: 10, width: 100, height: 20 };
    expect(cardPosition(control, CARD, { width: 360, height: 200 }).clear).toBe(false);
  });

  it('sits bottom right, or top right when it would cover the control or a field there', () => {
    const chip = { width: 80, height: 32 };
    const viewport = { width: 800, height: 500 };
    expect(chipPosition(chip, viewport, [])).toEqual({ x: 800 - 16 - 80, y: 500 - 16 - 32 });
    const save = { left: 700, top: 440, width: 80, height: 30 };
    const place = chipPosition(chip, viewport, [save]);
    expect(overlap({ left: place.x, top: place.y, ...chip }, save)).toBe(false);
    expect(place).toEqual({ x: 800 - 16 - 80, y: 16 });
  });

  it('goes to a left corner when both right ones would cover a field, and stays bottom right when every corner would', () => {
    const chip = { width: 80, height: 32 };
    const viewport = { width: 800, height: 500 };
    const rightColumn = { left: 600, top: 0, width: 200, height: 500 };
    expect(chipPosition(chip, viewport, [rightColumn])).toEqual({ x: 16, y: 500 - 16 - 32 });
    const everywhere = { left: 0, top: 0, width: 800, height: 500 };
    expect(chipPosition(chip, viewport, [everywhere])).toEqual({ x: 800 - 16 - 80, y: 500 - 16 - 32 });
  });
});
