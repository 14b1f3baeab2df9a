// @vitest-environment happy-dom
// The checks every engine gets at the admin's click (Firefox has no IntersectionObserver v2): the
// button on screen, topmost at its centre, and opaque and visible up through the overlay's host.
// happy-dom lays nothing out: the button's box and the topmost element are given as a browser
// would report them, and so are the defaults of opacity and visibility, which a browser always
// computes and happy-dom leaves empty.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { shownAt } from '../../lib/guide/admin-click';

let host: HTMLElement;
let root: ShadowRoot;
let button: HTMLButtonElement;

function at(x: number, y: number): void {
  vi.spyOn(button, 'getBoundingClientRect').mockReturnValue({ x, y, left: x, top: y, width: 120, height: 30, right: x + 120, bottom: y + 30, toJSON: () => ({}) } as DOMRect);
}

beforeEach(() => {
  document.head.insertAdjacentHTML('beforeend', '<style id="defaults">* { opacity: 1; visibility: visible }</style>');
  host = document.createElement('oauth-guide-overlay');
  root = host.attachShadow({ mode: 'closed' });
  root.innerHTML = '<style>* { opacity: 1; visibility: visible }</style><section><button type="button">Fill key and secret</button></section>';
  button = root.querySelector('button')!;
  document.documentElement.append(host);
  at(100, 100);
  (root as unknown as { elementFromPoint: (x: number, y: number) => Element | null }).elementFromPoint = () => button;
});
afterEach(() => {
  host.remove();
  document.getElementById('attack')?.remove();
  document.getElementById('defaults')?.remove();
  vi.restoreAllMocks();
});

describe('shown to the admin at the click', () => {
  it('is the button on screen, on top, opaque', () => {
    expect(shownAt(root, button)).toBe(true);
  });

  it('is not when something of the page is on top of it', () => {
    const decoy = document.createElement('div');
    document.body.append(decoy);
    (root as unknown as { elementFromPoint: () => Element }).elementFromPoint = () => decoy;
    expect(shownAt(root, button)).toBe(false);
  });

  it.each([
    ['transparent', 'oauth-guide-overlay { opacity: 0 }'],
    ['nearly transparent', 'oauth-guide-overlay { opacity: 0.1 }'],
    ['hidden', 'oauth-guide-overlay { visibility: hidden }'],
    ['transparent page root', 'html { opacity: 0.5 }'],
  ])('is not when page CSS makes the card %s', (_name, css) => {
    document.head.insertAdjacentHTML('beforeend', `<style id="attack">${css}</style>`);
    expect(shownAt(root, button)).toBe(false);
  });

  it('is not when the card is moved off screen', () => {
    at(-5000, 100);
    expect(shownAt(root, button)).toBe(false);
  });
});
