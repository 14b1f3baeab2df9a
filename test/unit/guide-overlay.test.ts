// @vitest-environment happy-dom
// The in-page guide overlay: its DOM contract (both consoles' tests rely on it), actions and their
// reports, dismissal, keyboard, and that nothing it runs can throw into the page. happy-dom makes
// no trusted events: the tests of the card's behaviour count clicks marked { admin } as the
// admin's; the page-script attacks at the end use the overlay as content scripts create it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from '../../lib/content/script-context';
import { createGuideOverlay, OVERLAY_TAG } from '../../components/guide/overlay';
import type { Guidance, RenderGuidance } from '../../lib/guide/guidance';
import { useLocale } from './locale-messages';

/** Ends the contexts named `name` as a page would see it end: a newer copy of the script starts. */
const endContext = (name: string) => void new ContentScriptContext(name);
let ctx: ContentScriptContext;
let render: RenderGuidance;
let root: ShadowRoot;

/** The overlay's root while it is drawn (the host leaves the page when there is no guidance). */
const shadow = () => (root?.host.isConnected ? root : null);
const $ = <E extends Element = HTMLElement>(selector: string) => shadow()?.querySelector<E>(selector) ?? null;
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));
/** The overlay looks for a re-rendered target at most every 150 ms. */
const relocated = () => new Promise((resolve) => setTimeout(resolve, 250));

function guidance(overrides: Partial<Guidance> = {}): Guidance {
  return { key: 'step-1', title: 'Fill the form', body: 'The guide fills what it can.', ...overrides };
}

beforeEach(async () => {
  useLocale('en');
  document.body.innerHTML = '<main><button id="save">Save</button></main>';
  ctx = new ContentScriptContext('test');
  ({ render, root } = createGuideOverlay(ctx, { trustEvent: () => true }));
});
afterEach(() => {
  endContext('test');
  document.querySelector(OVERLAY_TAG)?.remove();
});

describe('guide overlay', () => {
  it('draws nothing until there is guidance, and removes itself for null', () => {
    expect(document.querySelector(OVERLAY_TAG)).toBeNull();
    render(guidance());
    expect(document.querySelector(OVERLAY_TAG)).not.toBeNull();
    expect(shadow()?.mode).toBe('closed');
    expect($('[data-guide-title]')?.textContent).toBe('Fill the form');
    expect($('[data-guide-body]')?.textContent).toBe('The guide fills what it can.');
    const card = $('[data-guide-card]')!;
    expect(card.getAttribute('role')).toBe('region');
    expect(card.getAttribute('aria-label')).toBeTruthy();
    render(null);
    expect(document.querySelector(OVERLAY_TAG)).toBeNull();
  });

  it('brings its own styles inside the shadow root only', () => {
    render(guidance());
    // vitest does not load CSS files (their content is empty here); the e2e tests check the look.
    expect(shadow()?.querySelector('style')).not.toBeNull();
    expect(document.head.querySelector('style')).toBeNull();
  });

  it('draws the spotlight only while the target is found, and sits in a corner without one', async () => {
    render(guidance({ target: () => document.querySelector('#save') }));
    expect($('[data-guide-spotlight]')).not.toBeNull();
    expect($('[data-guide-card]')?.classList.contains('card--anchored')).toBe(true);
    render(guidance({ key: 'step-2', target: () => document.querySelector('#missing') }));
    expect($('[data-guide-spotlight]')).toBeNull();
    expect($('[data-guide-card]')?.classList.contains('card--corner')).toBe(true);
  });

  it('finds the target again when the page re-renders it', async () => {
    render(guidance({ target: () => document.querySelector('#save') }));
    document.querySelector('#save')!.remove();
    await relocated();
    expect($('[data-guide-spotlight]')).toBeNull();
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<button id="save">Save</button>');
    await relocated();
    expect($('[data-guide-spotlight]')).not.toBeNull();
  });

  it('runs an action and shows its report; a throwing action becomes an error report', async () => {
    render(
      guidance({
        actions: [
          { id: 'fill', label: 'Fill the form', run: async () => ({ tone: 'success', lines: ['Filled 3 fields'] }) },
          { id: 'broken', label: 'Broken', run: async () => Promise.reject(new Error('secret value 123')) },
        ],
      }),
    );
    const report = $('[data-guide-report]')!;
    expect(report.getAttribute('role')).toBe('status');
    expect(report.getAttribute('aria-live')).toBe('polite');
    $('[data-guide-action="fill"]')!.click();
    await settle();
    expect($('[data-guide-report]')?.textContent).toBe('Filled 3 fields');
    $('[data-guide-action="broken"]')!.click();
    await settle();
    expect($('[data-guide-report]')?.textContent).toMatch(/by hand/);
    expect($('[data-guide-report]')?.textContent).not.toContain('123');
  });

  it('keeps the report while the same step is re-rendered, and clears it for another step', async () => {
    const actions = [{ id: 'fill', label: 'Fill', run: async () => ({ tone: 'info' as const, lines: ['done'] }) }];
    render(guidance({ actions }));
    $('[data-guide-action="fill"]')!.click();
    await settle();
    render(guidance({ actions, body: 'updated' }));
    expect($('[data-guide-report]')?.textContent).toBe('done');
    render(guidance({ key: 'other', actions }));
    expect($('[data-guide-report]')?.textContent).toBe('');
  });

  it('is dismissed by its button or Escape, and brought back by the restore button', () => {
    render(guidance({ actions: [{ id: 'fill', label: 'Fill', run: async () => ({ tone: 'info', lines: [] }) }] }));
    $('[data-guide-dismiss]')!.click();
    expect($('[data-guide-card]')).toBeNull();
    const restore = $('[data-guide-restore]')!;
    expect(restore.getAttribute('aria-label')).toBeTruthy();
    expect(shadow()?.activeElement).toBe(restore);
    restore.click();
    expect($('[data-guide-card]')).not.toBeNull();

    const button = $('[data-guide-action="fill"]')!;
    button.focus();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect($('[data-guide-card]')).toBeNull();
  });

  it('remembers a dismissal per step only', () => {
    render(guidance());
    $('[data-guide-dismiss]')!.click();
    render(guidance({ key: 'next-step' }));
    expect($('[data-guide-card]')).not.toBeNull();
    render(guidance());
    expect($('[data-guide-restore]')).not.toBeNull();
  });

  it('gives every control an accessible name', () => {
    render(guidance({ actions: [{ id: 'a', label: 'Fill the form', run: async () => ({ tone: 'info', lines: [] }) }] }));
    for (const button of shadow()!.querySelectorAll('button')) {
      expect(button.getAttribute('aria-label') ?? button.textContent?.trim()).toBeTruthy();
    }
  });

  it('survives a target() that throws', () => {
    render(
      guidance({
        target: () => {
          throw new Error('page changed');
        },
      }),
    );
    expect($('[data-guide-card]')?.classList.contains('card--corner')).toBe(true);
  });

  it('goes away when the content script is invalidated', () => {
    render(guidance());
    endContext('test');
    expect(document.querySelector(OVERLAY_TAG)).toBeNull();
    render(guidance());
    expect(document.querySelector(OVERLAY_TAG)).toBeNull();
  });
});

describe('guide overlay against page scripts', () => {
  let pageCtx: ContentScriptContext;
  let pageRoot: ShadowRoot;
  let runs = 0;
  const fill = { id: 'fill', label: 'Fill key and secret', run: async () => ((runs += 1), { tone: 'success' as const, lines: ['Filled'] }) };
  const inCard = <E extends Element = HTMLElement>(selector: string) => pageRoot.querySelector<E>(selector);

  beforeEach(() => {
    endContext('test');
    runs = 0;
    pageCtx = new ContentScriptContext('test-page');
    // As the content scripts create it: no trustEvent.
    let pageRender: RenderGuidance;
    ({ render: pageRender, root: pageRoot } = createGuideOverlay(pageCtx));
    pageRender(guidance({ actions: [fill] }));
  });
  afterEach(() => ['test-page', 'test-page-dismissed'].forEach(endContext));

  it('shows the page no shadow root to search', () => {
    const host = document.querySelector(OVERLAY_TAG)!;
    expect(host).not.toBeNull();
    expect(host.shadowRoot).toBeNull();
    expect(document.querySelector('[data-guide-action]')).toBeNull();
  });

  it("runs no action for a script's click(), a synthetic click or synthetic keys, even on the button itself", async () => {
    // Worse than a page script can do: it holds the button (the root is closed to it).
    const button = inCard('[data-guide-action="fill"]')!;
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    button.focus();
    for (const key of ['Enter', ' ']) {
      button.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      button.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true }));
    }
    await settle();
    expect(runs).toBe(0);
    // No answer either: the page learns nothing from trying.
    expect(inCard('[data-guide-report]')?.textContent).toBe('');
    expect(inCard<HTMLButtonElement>('[data-guide-action="fill"]')?.disabled).toBe(false);
  });

  it('is not dismissed by a script click or a synthetic Escape', () => {
    inCard('[data-guide-dismiss]')!.click();
    expect(inCard('[data-guide-card]')).not.toBeNull();
    const button = inCard('[data-guide-action="fill"]')!;
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(inCard('[data-guide-card]')).not.toBeNull();
  });

  it('once the admin dismissed it, is not brought back by a script click', () => {
    endContext('test-page');
    // Only the events this test marks count as the admin's (happy-dom cannot make trusted ones).
    const admins = new WeakSet<Event>();
    pageCtx = new ContentScriptContext('test-page-dismissed');
    const overlay = createGuideOverlay(pageCtx, { trustEvent: (event) => admins.has(event) });
    overlay.render(guidance({ actions: [fill] }));
    const byAdmin = new MouseEvent('click', { bubbles: true, composed: true });
    admins.add(byAdmin);
    overlay.root.querySelector('[data-guide-dismiss]')!.dispatchEvent(byAdmin);
    expect(overlay.root.querySelector('[data-guide-card]')).toBeNull();
    overlay.root.querySelector<HTMLElement>('[data-guide-restore]')!.click();
    expect(overlay.root.querySelector('[data-guide-card]')).toBeNull();
  });
});
