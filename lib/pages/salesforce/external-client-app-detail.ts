// An External Client App's page: Settings tab > OAuth Settings shows what was saved (read back to
// catch mistakes now) and the "Consumer Key and Secret" button, which opens verification in a tab.
import { deepQuery, findButtonByText, findByText } from '../../dom/deep-query';
import { nextRender, untilRendered } from '../../dom/settle';
import type { AppSettings, Observation } from '../../schema';
import { send } from '../../send';
import type { PageModule } from '../page-module';
import { detailGuidance, savedLists } from './app-check';
import { hasWordsFor, LABELS } from './labels';

/**
 * Neither the 0xI id prefix nor the address is confirmed by a public source: any record page of an
 * External Client App area of Setup is looked at, and recognised by its tabs (isShown).
 */
const ANY_DETAIL_PATH = /^\/lightning\/setup\/[^/]*ExternalClient[^/]*\/[A-Za-z0-9]{15,18}\/(?:detail|view)\/?$/i;

const settingsTab = (doc: Document) => findByText<HTMLElement>(doc, '[role=tab]', LABELS.settingsTab);
const keyButton = (doc: Document) => findButtonByText<HTMLElement>(doc, LABELS.consumerKeyAndSecret);

/**
 * The page is known by its Settings tab; in a language we have no word for that tab in (Dutch,
 * Japanese: docs/pages.md), by any tab, so the card still says in words what to open and click.
 */
const pageShown = (doc: Document) =>
  settingsTab(doc) !== null || (!hasWordsFor(doc, 'settingsTab') && deepQuery(doc, '[role=tab]') !== null);

/** The definition-list value whose term reads one of `labels`. */
function valueAfterTerm(doc: Document, labels: readonly string[]): Element | null {
  const term = findByText(doc, 'dt', labels);
  return term?.nextElementSibling ?? null;
}

export function readEcaSettings(doc: Document): AppSettings | null {
  const callback = valueAfterTerm(doc, LABELS.callbackUrl);
  const scopes = valueAfterTerm(doc, LABELS.selectedScopes);
  if (!callback || !scopes) return null;
  const pkce = valueAfterTerm(doc, LABELS.pkce);
  return {
    ...savedLists(callback, scopes),
    pkce: pkce ? LABELS.yes.some((word) => word.toLowerCase() === pkce.textContent?.trim().toLowerCase()) : undefined,
  };
}

/** The Settings tab's panel is hidden until the admin opens the tab. */
function settingsShown(doc: Document): boolean {
  const tab = settingsTab(doc);
  return tab?.getAttribute('aria-selected') === 'true';
}

/** How long after a click or key the tabs get to draw what they show. */
const TAB_RENDER_MS = 1500;

const settingsReport = (settings: AppSettings): Observation => ({ type: 'app-settings', path: 'eca', settings });

/**
 * Salesforce's lightning-tabset draws a tab's content only once the tab is first shown (docs/pages.md,
 * "External Client App detail"): the saved settings and the key button may appear only when the
 * admin opens Settings, without a navigation. After each click or key, once the tabs have drawn,
 * the settings are reported when they first can be read, and the guide is asked again when the
 * Settings tab opens or closes (its spotlight moves from the tab to the button). Only input that
 * reaches a tab is looked at.
 */
function watchTabs(doc: Document, signal: AbortSignal, pageChanged: () => void): void {
  let reported = readEcaSettings(doc) !== null;
  let shown = settingsShown(doc);
  const look = async () => {
    await nextRender();
    const settings = reported ? null : await untilRendered(() => readEcaSettings(doc), TAB_RENDER_MS);
    if (signal.aborted) return;
    if (settings) {
      reported = true;
      // A failed report (extension reloaded, page left) must stay out of the page's console.
      await send({ kind: 'observe', observation: settingsReport(settings) }).catch(() => undefined);
    }
    if (settingsShown(doc) !== shown || settings) {
      shown = settingsShown(doc);
      pageChanged();
    }
  };
  // Only what reaches a tab (clicks, arrow keys on the tab bar) can change what the tabs show.
  const onInput = (event: Event) => {
    if (event.composedPath().some((node) => node instanceof Element && node.getAttribute('role') === 'tab')) void look().catch(() => undefined);
  };
  doc.addEventListener('click', onInput, { capture: true, passive: true, signal });
  doc.addEventListener('keyup', onInput, { capture: true, passive: true, signal });
}

export const externalClientAppDetail: PageModule = {
  id: 'salesforce/external-client-app-detail',
  matchesUrl: (url) => ANY_DETAIL_PATH.test(url.pathname),
  // The tabs are drawn with the page; the key button only with the Settings tab (see watchTabs).
  isShown: pageShown,
  observe(doc) {
    const settings = readEcaSettings(doc);
    return [{ type: 'seen', milestone: 'eca-created' }, ...(settings ? [settingsReport(settings)] : [])];
  },
  watch: watchTabs,
  guide: (doc, { settings }) =>
    detailGuidance('salesforce/eca-detail', readEcaSettings(doc), settings, {
      title: 'sf_eca_detail_title',
      body: 'sf_eca_detail_body',
      // The button is in the Settings tab: point at the tab until it is open.
      target: () => (settingsShown(doc) ? keyButton(doc) : settingsTab(doc)),
      savedCallback: () => valueAfterTerm(doc, LABELS.callbackUrl),
    }),
};

// Real URLs:
//   https://<mydomain>.lightning.force.com/lightning/setup/ManageExternalClientApplication/<0xI id>/detail
//   https://<mydomain>.my.salesforce-setup.com/lightning/setup/ManageExternalClientApplication/<0xI id>/detail
