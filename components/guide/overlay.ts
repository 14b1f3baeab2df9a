// The in-page guide, shared by the Salesforce and Marketo content scripts: a card beside the
// control a page module points at (or in a corner when there is none), a spotlight around that
// control, and the module's actions as buttons. It lives in its own closed shadow root under
// <oauth-guide-overlay>, so neither the page's CSS nor ours crosses over, and it never blocks the
// page: no backdrop, and the spotlight lets clicks through.
//
// The pages it runs on also run scripts that are not the admin's (third-party scripts, other
// extensions, an XSS): the root is closed so that they cannot read the card or find its buttons,
// and an action runs only for the admin's own click on a button they can see (admin-click.ts).
// Tests reach the closed root through the browser's DevTools protocol (test/sandbox/guide-card.mjs)
// or, in unit tests, through `root` below.
//
// DOM contract (tests rely on it): <oauth-guide-overlay> › shadow root › [data-guide-card] with
// [data-guide-title], [data-guide-body], [data-guide-action="<id>"] per action,
// [data-guide-report] (role=status), [data-guide-dismiss]; once dismissed only [data-guide-restore];
// [data-guide-spotlight] while a target is found; [data-guide-chip] while the window has no room
// for the card clear of what the admin needs (the card, folded, is then hidden until the chip opens
// it, and has [data-guide-collapse]).
import { h, render as renderPreact } from 'preact';
import type { PageContext } from '../../lib/content/script-context';
import { GuideOverlay } from './GuideOverlay';
import css from './overlay.css?inline';
import { t } from '../../lib/i18n';
import type { ActionReport, Guidance, KeepClear, RenderGuidance } from '../../lib/guide/guidance';
import { createAdminClickGate } from '../../lib/guide/admin-click';
import { createPlacement } from '../../lib/guide/placement';

export const OVERLAY_TAG = 'oauth-guide-overlay';

interface State {
  guidance: Guidance | null;
  anchored: boolean;
  report: ActionReport | null;
  running: string | null;
  compact: boolean;
  chipOpen: boolean;
}

export interface GuideOverlay {
  render: RenderGuidance;
  /** The closed shadow root, for unit tests; content scripts keep it to themselves. */
  root: ShadowRoot;
}

export interface GuideOverlayOptions {
  /**
   * Unit tests only (happy-dom can neither make a trusted event nor lay out a card): which events
   * count as the admin's, with no check of what the admin can see. Content scripts never pass it.
   */
  trustEvent?: (event: Event) => boolean;
}

/**
 * What the card keeps off: the fields the last report names (null for one not found) and the
 * controls the guidance names (dropped where not found). The same function while neither
 * changes, so the placement looks them up again only when they do.
 */
function keepClearMemo(): (guidance: Guidance | null, report: ActionReport | null) => KeepClear | undefined {
  let last: { guidance: Guidance | null; report: ActionReport | null; keepClear: KeepClear | undefined } | null = null;
  return (guidance: Guidance | null, report: ActionReport | null): KeepClear | undefined => {
    if (last?.guidance === guidance && last.report === report) return last.keepClear;
    const fromReport = report?.keepClear;
    const fromGuidance = guidance?.keepClear;
    const keepClear: KeepClear | undefined =
      fromReport || fromGuidance
        ? () => [...(fromReport?.() ?? []), ...(fromGuidance?.() ?? []).filter((element) => element !== null)]
        : undefined;
    last = { guidance, report, keepClear };
    return keepClear;
  };
}

export function createGuideOverlay(ctx: PageContext, options: GuideOverlayOptions = {}): GuideOverlay {
  const doc = document;
  // Not a registered custom element (content scripts have no customElements registry): a valid
  // custom element name is enough to host a shadow root.
  const host = doc.createElement(OVERLAY_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  shadow.append(style, container);

  const gate = createAdminClickGate(shadow);
  const { trustEvent } = options;
  const trusted = trustEvent ?? ((event: Event) => event.isTrusted);
  const isAdminClick = trustEvent ? async (event: Event) => trustEvent(event) : gate.isAdminClick;
  const dismissedKeys = new Set<string>();
  const state: State = { guidance: null, anchored: false, report: null, running: null, compact: false, chipOpen: false };
  const keepClearOf = keepClearMemo();
  const placement = createPlacement(doc, (compact) => {
    state.compact = compact;
    state.chipOpen = false;
    draw();
  });
  let alive = true;

  const draw = () => {
    if (!alive) return;
    const { guidance } = state;
    if (guidance && !host.isConnected) doc.documentElement.append(host);
    const dismissed = guidance ? dismissedKeys.has(guidance.key) : false;
    renderPreact(
      h(GuideOverlay, {
        guidance,
        anchored: state.anchored,
        dismissed,
        report: state.report,
        running: state.running,
        compact: state.compact,
        chipOpen: state.chipOpen,
        onAction: (id, event) => void runAction(id, event),
        onDismiss: (event) => trusted(event) && dismiss(),
        onRestore: (event) => trusted(event) && restore(),
        onChip: (event) => trusted(event) && toggleChip(),
      }),
      container,
    );
    gate.watch([...shadow.querySelectorAll<HTMLElement>('[data-guide-action]')]);
    placement.refresh({
      card: shadow.querySelector<HTMLElement>('[data-guide-card]'),
      spotlight: shadow.querySelector<HTMLElement>('[data-guide-spotlight]'),
      chip: shadow.querySelector<HTMLElement>('[data-guide-chip]'),
      keepClear: keepClearOf(state.guidance, state.report),
      busy: state.running !== null,
    });
    if (!guidance) host.remove();
  };

  const focusInside = (selector: string) => shadow.querySelector<HTMLElement>(selector)?.focus();

  const dismiss = () => {
    if (!state.guidance) return;
    dismissedKeys.add(state.guidance.key);
    draw();
    focusInside('[data-guide-restore]');
  };

  const restore = () => {
    if (!state.guidance) return;
    dismissedKeys.delete(state.guidance.key);
    draw();
    focusInside('[data-guide-card] button');
  };

  const toggleChip = () => {
    state.chipOpen = !state.chipOpen;
    draw();
    focusInside(state.chipOpen ? '[data-guide-card] button' : '[data-guide-chip]');
  };

  const runAction = async (id: string, event: MouseEvent) => {
    const guidance = state.guidance;
    const action = guidance?.actions?.find((candidate) => candidate.id === id);
    const button = event.currentTarget;
    if (!guidance || !action || state.running || !(button instanceof HTMLElement)) return;
    if (!(await isAdminClick(event, button))) {
      // A page script's click gets nothing, not even an answer; the admin's click on a card that
      // something hides or covers is told why nothing happened.
      if (trusted(event) && state.guidance?.key === guidance.key) {
        state.report = { tone: 'warning', lines: [t('guide_action_not_visible')] };
        draw();
      }
      return;
    }
    if (state.running || state.guidance?.key !== guidance.key) return;
    state.running = id;
    draw();
    let report: ActionReport;
    try {
      report = await action.run();
    } catch {
      // The error's text may carry page values; the admin gets words, the page's console nothing.
      report = { tone: 'error', lines: [t('guide_action_failed')] };
    }
    // The admin may have moved on to another page meanwhile; that page's card owns its report and
    // whatever action runs there now.
    if (state.guidance?.key !== guidance.key) return;
    state.running = null;
    state.report = report;
    draw();
  };

  // Escape dismisses, but only while focus is in the card: the page's own dialogs keep theirs.
  shadow.addEventListener('keydown', (event) => {
    const key = (event as KeyboardEvent).key;
    if (!trusted(event) || key !== 'Escape' || !(event.target as Element | null)?.closest?.('[data-guide-card]')) return;
    event.stopPropagation();
    dismiss();
  });

  const render: RenderGuidance = (guidance) => {
    if (!alive) return;
    const sameStep = guidance !== null && state.guidance?.key === guidance.key;
    state.guidance = guidance;
    if (!sameStep) {
      state.report = null;
      state.running = null;
      state.chipOpen = false;
    }
    if (guidance?.target) {
      const target = guidance.target;
      placement.follow(target, (anchored) => {
        if (anchored === state.anchored) return;
        state.anchored = anchored;
        draw();
      });
    } else {
      placement.stop();
      state.anchored = false;
    }
    draw();
  };

  ctx.onInvalidated(() => {
    alive = false;
    placement.stop();
    gate.stop();
    renderPreact(null, container);
    host.remove();
  });

  return { render, root: shadow };
}
