// @vitest-environment happy-dom
// The placement's cost while the page scrolls: which elements to keep in sight (a field and its
// labels) is decided when the page changes, and a scroll only measures them again. Where the card
// goes is measured in the e2e tests (card-placement); this is what a busy page would pay per frame.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPlacement } from '../../lib/guide/placement';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('the card placement', () => {
  it('looks up the labels of the fields it keeps in sight once, not on every scroll', async () => {
    document.body.innerHTML = `<button id="save">Save</button>
      <span id="label">Callback URL</span><textarea id="field" aria-labelledby="label"></textarea><div id="card"></div>`;
    const placement = createPlacement(document, () => undefined);
    placement.follow(() => document.getElementById('save'), () => undefined);
    const field = document.getElementById('field')!;
    placement.refresh({ card: document.getElementById('card'), spotlight: null, chip: null, keepClear: () => [field] });
    const lookups = vi.spyOn(document, 'getElementById');
    const measures = vi.spyOn(field, 'getBoundingClientRect');
    for (let frame = 0; frame < 10; frame++) window.dispatchEvent(new Event('scroll'));
    // Measured on every scroll, looked up on none.
    expect(measures.mock.calls.length).toBeGreaterThanOrEqual(10);
    expect(lookups).not.toHaveBeenCalled();
    placement.stop();
  });
});
