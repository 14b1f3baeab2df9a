// The guide in Marketo's "Login with Salesforce" window, loaded as a chunk
// (entrypoints/oauth-popup-guide.ts) once the background has said this tab is that window.
import type { EarlyGuideContext } from './guide-chunk';
import type { PageContext } from './script-context';
import { createGuideOverlay } from '../../components/guide/overlay';
import { OAUTH_POPUP_PAGES } from '../pages/oauth/popup-pages';
import { runPages } from './run-pages';

export function startOAuthPopupGuide(ctx: PageContext, guideContext: EarlyGuideContext): void {
  const overlay = createGuideOverlay(ctx);
  runPages(OAUTH_POPUP_PAGES, ctx.signal, overlay.render, guideContext);
}
