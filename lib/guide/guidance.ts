// What the in-page guide shows, as data: a page module says what to point at and what to say;
// the overlay (components/guide/overlay.ts) draws it. Page modules never touch the overlay's DOM.

export type Tone = 'info' | 'warning' | 'success';

/**
 * Elements the card must leave in sight besides the control it points at (the buttons beside
 * that control are found by the overlay itself): the fields a report asks the admin to fix, with
 * null for one the page module could not find (the card then keeps off every control of the page,
 * since that field may be any of them). Asked again only when one of them leaves the page, so it
 * may search.
 */
export type KeepClear = () => readonly (Element | null)[];

/** What an action did, said in the admin's language: "Filled 6 fields; Description not found". */
export interface ActionReport {
  tone: Tone | 'error';
  lines: string[];
  /** The fields the lines ask the admin to fix by hand: the card keeps off them. */
  keepClear?: KeepClear;
}

export interface GuideAction {
  id: string;
  /** Translated label of the button on the card. */
  label: string;
  run: () => Promise<ActionReport>;
}

export interface Guidance {
  /** Stable per page and step: the overlay remembers a dismissal per key. */
  key: string;
  title: string;
  body: string;
  tone?: Tone;
  /**
   * Finds the control to point at, called again whenever the page re-renders; null means the
   * control is not there, and the card then says in words what to do by hand.
   */
  target?: () => Element | null;
  /**
   * Controls of this page the admin uses next besides the target (the sign-in's password and Log
   * In, below the username the card points at): the card keeps off those it finds; one not found
   * is simply not kept clear.
   */
  keepClear?: KeepClear;
  actions?: GuideAction[];
}

/** Draws guidance (or removes it, for null). Provided by the overlay, used by run-pages. */
export type RenderGuidance = (guidance: Guidance | null) => void;
