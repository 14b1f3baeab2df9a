// The shape of a page module: one real Setup or Admin page, how to recognise it and what facts
// it reports. A page module never decides progress; it reports what it sees.
import type { Observation } from '../schema';

export interface PageModule {
  /** For logs and tests: "salesforce/app-manager". */
  id: string;
  /** Cheap test on the address alone, run on every navigation. */
  matchesUrl(url: URL): boolean;
  /** Whether the document shows this page yet (it may still be rendering). */
  isShown(document: Document): boolean;
  /** Facts to report once the page is shown. */
  observe(document: Document): Observation[];
}
