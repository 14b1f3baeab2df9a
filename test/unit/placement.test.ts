// @vitest-environment happy-dom
// The placement's cost while the page scrolls: which elements to keep in sight (a field and its
// labels) is decided when the page changes, and a scroll only measures them again; while the card's
// own action (a fill) changes the page, nothing is looked up or measured until it is done. And how
// soon it points at a control drawn where no observer of it looks (inside a component's shadow root).
// Where the card goes is measured in the e2e tests (card-placement).
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

  it("leaves the page alone while the card's action fills it, and looks at it once the action is done", async () => {
    document.body.innerHTML = '<form><input id="name"><button id="create">Create</button></form><div id="card"></div>';
    const card = document.getElementById('card');
    const create = document.getElementById('create')!;
    let lookups = 0;
    const placement = createPlacement(document, () => undefined);
    placement.follow(() => (lookups++, create), () => undefined);
    placement.refresh({ card, spotlight: null, chip: null, busy: false });
    const measures = vi.spyOn(create, 'getBoundingClientRect');
    const before = lookups;
    // The action starts: the card redraws as "running", then the fill changes the page.
    placement.refresh({ card, spotlight: null, chip: null, busy: true });
    const name = document.getElementById('name') as HTMLInputElement;
    for (const value of ['M', 'Ma', 'Marketo']) {
      name.value = value;
      name.setAttribute('value', value);
      name.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(lookups).toBe(before);
    expect(measures).not.toHaveBeenCalled();
    // Done: the card shows the report, and the control is looked for and measured again.
    placement.refresh({ card, spotlight: null, chip: null, busy: false });
    await vi.waitFor(() => expect(lookups).toBeGreaterThan(before), { timeout: 300, interval: 10 });
    expect(measures).toHaveBeenCalled();
    placement.stop();
  });

  it('points at a control drawn inside a shadow root within a few frames of it appearing, not at its next slow retry', async () => {
    document.body.innerHTML = '<x-form></x-form><div id="card"></div>';
    const host = document.querySelector('x-form')!;
    const root = host.attachShadow({ mode: 'open' });
    const anchored: boolean[] = [];
    const placement = createPlacement(document, () => undefined);
    placement.follow(() => root.querySelector('button'), (found) => anchored.push(found));
    placement.refresh({ card: document.getElementById('card'), spotlight: null, chip: null, keepClear: () => [] });
    expect(anchored).toEqual([false]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Drawn inside the shadow root: the document's observer sees nothing of it.
    root.innerHTML = '<button>Create</button>';
    await vi.waitFor(() => expect(anchored).toEqual([false, true]), { timeout: 300, interval: 10 });
    placement.stop();
  });
});
