// Marketo Admin's guide, loaded as a chunk (entrypoints/marketo-guide.ts) once the recogniser in
// entrypoints/marketo.content sees Sync with Salesforce's words in the admin application.
import type { EarlyGuideContext } from './guide-chunk';
import type { PageContext } from './script-context';
import { createGuideOverlay } from '../../components/guide/overlay';
import { syncWithSalesforce } from '../pages/marketo/sync-with-salesforce';
import { runPages } from './run-pages';

export const MARKETO_PAGES = [syncWithSalesforce];

export function startMarketoGuide(ctx: PageContext, guideContext: EarlyGuideContext): void {
  const overlay = createGuideOverlay(ctx);
  // Sync with Salesforce is watched while it is shown (dialogs, its blocked message, the running
  // status come without a navigation); every other Admin page costs one bounded wait.
  runPages(MARKETO_PAGES, ctx.signal, overlay.render, guideContext);
}
