// @vitest-environment happy-dom
// The chip that stands in for the guide card when the window has no room for it: what a screen
// reader and a keyboard user meet (its name, its state, where it points), and that it folds and
// opens the card. Where it goes and when it shows is measured in the e2e tests (card-placement).
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GuideOverlay, type GuideOverlayProps } from '../../components/guide/GuideOverlay';
import { useLocale } from './locale-messages';

let root: HTMLElement;
const $ = (selector: string) => root.querySelector<HTMLElement>(selector);

function draw(overrides: Partial<GuideOverlayProps>) {
  const props: GuideOverlayProps = {
    guidance: { key: 'step', title: 'Skapa den anslutna appen', body: 'Guiden fyller i formuläret.' },
    anchored: true,
    dismissed: false,
    report: null,
    running: null,
    compact: false,
    chipOpen: false,
    onAction: () => undefined,
    onDismiss: () => undefined,
    onRestore: () => undefined,
    onChip: () => undefined,
    ...overrides,
  };
  render(h(GuideOverlay, props), root);
}

beforeEach(() => {
  useLocale('sv');
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('the guide chip', () => {
  it('is not there while the card has room', () => {
    draw({});
    expect($('[data-guide-chip]')).toBeNull();
    expect($('[data-guide-card]')?.classList.contains('card--folded')).toBe(false);
    expect($('[data-guide-collapse]')).toBeNull();
  });

  it('stands in for a folded card: a button named after the step, collapsed, controlling the card', () => {
    draw({ compact: true });
    const chip = $('[data-guide-chip]')!;
    expect(chip.localName).toBe('button');
    expect(chip.getAttribute('aria-label')).toBe('Öppna guiden: Skapa den anslutna appen');
    expect(chip.getAttribute('aria-expanded')).toBe('false');
    const card = $('[data-guide-card]')!;
    expect(chip.getAttribute('aria-controls')).toBe(card.id);
    expect(card.classList.contains('card--folded')).toBe(true);
  });

  it('opens the card on a click, and the open card folds back with its own named button', () => {
    const onChip = vi.fn();
    draw({ compact: true, onChip });
    $('[data-guide-chip]')!.click();
    expect(onChip).toHaveBeenCalledTimes(1);

    draw({ compact: true, chipOpen: true, onChip });
    expect($('[data-guide-chip]')!.getAttribute('aria-expanded')).toBe('true');
    expect($('[data-guide-card]')!.classList.contains('card--folded')).toBe(false);
    const collapse = $('[data-guide-collapse]')!;
    expect(collapse.getAttribute('aria-label')).toBe('Fäll ihop guiden till en liten knapp');
    collapse.click();
    expect(onChip).toHaveBeenCalledTimes(2);
  });

  it('gives way to the restore button once the admin dismissed the card', () => {
    draw({ compact: true, dismissed: true });
    expect($('[data-guide-chip]')).toBeNull();
    expect($('[data-guide-restore]')).not.toBeNull();
  });
});
