// The shape of a page module: one real Setup or Admin page, how to recognise it, what facts it
// reports and what the guide says there. A page module never decides progress; it reports what
// it sees, and reads progress only to choose its words.
import type { Checklist } from '../journey/checklist';
import type { Guidance } from '../guide/guidance';
import type { Observation, Progress, Settings } from '../schema';

export interface GuideContext {
  progress: Progress;
  settings: Settings;
  checklist: Checklist;
}

export interface PageModule {
  /** For logs and tests: "salesforce/app-manager". */
  id: string;
  /** Cheap test on the address alone, run on every navigation. */
  matchesUrl(url: URL): boolean;
  /** Whether the document shows this page yet (it may still be rendering). */
  isShown(document: Document): boolean;
  /**
   * Words the page shows once drawn, one of which any change that draws it adds: while waiting
   * for the page, other changes are not looked at. Only for modules whose isShown reads these words.
   */
  mentions?: readonly string[];
  /** Facts to report once the page is shown. */
  observe(document: Document): Observation[];
  /** What the guide says here now; null for nothing. */
  guide?(document: Document, context: GuideContext): Guidance | null;
  /**
   * Watches the page, once shown and until `signal` aborts (the admin left it), for what happens
   * without a navigation: it reports those facts itself and calls `pageChanged` when the guide's
   * words may change.
   */
  watch?(document: Document, signal: AbortSignal, pageChanged: () => void): void;
}
