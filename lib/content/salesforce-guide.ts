// Setup's guide, loaded as a chunk (entrypoints/salesforce-guide.ts) once the recogniser in
// entrypoints/salesforce.content knows a page of the journey: Lightning's top frame and the classic
// pages it frames (the Connected App form gets its own guide inside its frame).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createGuideOverlay } from '../../components/guide/overlay';
import { appManager } from '../pages/salesforce/app-manager';
import { connectedAppDetail } from '../pages/salesforce/connected-app-detail';
import { connectedAppForm } from '../pages/salesforce/connected-app-form';
import { connectedAppSaved } from '../pages/salesforce/connected-app-saved';
import { consumerDetails } from '../pages/salesforce/consumer-details';
import { externalClientAppDetail } from '../pages/salesforce/external-client-app-detail';
import { externalClientAppForm } from '../pages/salesforce/external-client-app-form';
import { externalClientAppSettings } from '../pages/salesforce/external-client-app-settings';
import { identityVerification } from '../pages/salesforce/identity-verification';
import { runPages } from './run-pages';

// Where two modules share an address, the one listed first that is shown wins (the saved page is
// a postback to the form's address; the consumer details are taken on any connected-apps page
// that shows them, so they come last).
export const SALESFORCE_PAGES = [
  appManager,
  externalClientAppSettings,
  externalClientAppForm,
  externalClientAppDetail,
  connectedAppSaved,
  connectedAppForm,
  connectedAppDetail,
  identityVerification,
  consumerDetails,
];

export function startSalesforceGuide(ctx: ContentScriptContext): void {
  const overlay = createGuideOverlay(ctx);
  runPages(SALESFORCE_PAGES, ctx.signal, overlay.render);
}
