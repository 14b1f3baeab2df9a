// Setup's guides, each loaded as a chunk of its own once the recogniser in
// entrypoints/salesforce.content knows a page of the journey: one for Lightning's top frame
// (entrypoints/salesforce-guide.ts), one for the classic pages of the journey, framed in Lightning
// or in a tab of their own (entrypoints/salesforce-classic-guide.ts). A frame is one or the other
// for its whole life, and no address is both, so neither carries the other's pages.
import type { EarlyGuideContext } from './guide-chunk';
import type { PageContext } from './script-context';
import { createGuideOverlay } from '../../components/guide/overlay';
import type { PageModule } from '../pages/page-module';
import { appManager } from '../pages/salesforce/app-manager';
import { connectedAppDetail } from '../pages/salesforce/connected-app-detail';
import { connectedAppForm } from '../pages/salesforce/connected-app-form';
import { connectedAppSaved } from '../pages/salesforce/connected-app-saved';
import { consumerDetails } from '../pages/salesforce/consumer-details';
import { externalClientAppDetail } from '../pages/salesforce/external-client-app-detail';
import { externalClientAppForm } from '../pages/salesforce/external-client-app-form';
import { externalClientAppManager } from '../pages/salesforce/external-client-app-manager';
import { externalClientAppSettings } from '../pages/salesforce/external-client-app-settings';
import { identityVerification } from '../pages/salesforce/identity-verification';
import { runPages } from './run-pages';

export const LIGHTNING_PAGES = [appManager, externalClientAppManager, externalClientAppSettings, externalClientAppForm, externalClientAppDetail];

// Where two modules share an address, the one listed first that is shown wins (the saved page is
// a postback to the form's address; the consumer details are taken on any connected-apps page
// that shows them, so they come last).
export const CLASSIC_PAGES = [connectedAppSaved, connectedAppForm, connectedAppDetail, identityVerification, consumerDetails];

function start(pages: readonly PageModule[], ctx: PageContext, guideContext: EarlyGuideContext): void {
  const overlay = createGuideOverlay(ctx);
  runPages(pages, ctx.signal, overlay.render, guideContext);
}

export const startLightningGuide = (ctx: PageContext, guideContext: EarlyGuideContext) => start(LIGHTNING_PAGES, ctx, guideContext);
export const startClassicGuide = (ctx: PageContext, guideContext: EarlyGuideContext) => start(CLASSIC_PAGES, ctx, guideContext);
