// Setup > External Client Apps > External Client App Manager: the org's External Client Apps, each
// name a link to the app's page, and "New External Client App". Path A may start here as well as in
// App Manager; and here the admin comes back for the app's consumer key and secret ("find your app
// and click its name", Salesforce's developer guide). The guide points at New External Client App,
// or, once the app is there, at its name. New Connected App is not on this page: on path B the card
// says where it is (docs/pages.md).
import { deepElements, deepQuery, findButtonByText } from '../../dom/deep-query';
import { waitFor } from '../../dom/wait-for';
import type { Guidance } from '../../guide/guidance';
import { t } from '../../i18n';
import type { Progress, Settings } from '../../schema';
import type { PageModule } from '../page-module';
import { hasWordsFor, labelsFor } from './labels';

const PATH = '/lightning/setup/ManageExternalClientApplication/home';

const newEcaButton = (doc: Document) => findButtonByText(doc, labelsFor(doc, 'newExternalClientApp'));

/** The list of apps (an SLDS table or a datatable's grid), and a link in its rows: it has drawn what it holds. */
const LIST = 'table, [role=grid]';
const LISTED_LINK = 'table a[href], [role=grid] a[href]';
/** How long after the header the list may take to draw its rows (Lightning loads them apart). */
const LIST_RENDER_MS = 10_000;
/** The list's column titles and first rows, which the card leaves in sight (a long list cannot all be). */
const ROWS_IN_SIGHT = 6;

/**
 * The link of the admin's app in the list, by the name the options give it (the org's data, in no
 * language of ours). Only in the list: Setup's menu has links too, and an app may share a name
 * with one of them.
 */
function appLink(doc: Document, settings: Settings): HTMLElement | null {
  for (const element of deepElements(doc)) {
    const link = element.matches(LIST) ? findButtonByText(element, [settings.appName]) : null;
    if (link) return link;
  }
  return null;
}

const topOfList = (doc: Document): Element[] => {
  const list = deepQuery(doc, LIST);
  return list ? [...list.querySelectorAll('tr, [role=row]')].slice(0, ROWS_IN_SIGHT) : [];
};

/**
 * The header's button and the list are drawn with the Lightning components; before that nothing is
 * known. The button says so, and so does the list (the button's place on this page is quoted by
 * third parties only: docs/pages.md); in a language we have no words for, any Lightning button
 * does. Where the spotlight finds no button, the card says in words what to click.
 */
function rendered(doc: Document): boolean {
  if (newEcaButton(doc) !== null || deepQuery(doc, LIST) !== null) return true;
  return !hasWordsFor(doc, 'newExternalClientApp') && deepQuery(doc, 'lightning-button') !== null;
}

/**
 * The list's rows may come after the header (they are loaded apart): once a row's link is drawn,
 * the guide is asked again, so that it points at the admin's app rather than at New. Bounded; an
 * org with no apps draws none.
 */
function watchList(doc: Document, signal: AbortSignal, pageChanged: () => void): void {
  if (deepQuery(doc, LISTED_LINK)) return;
  // Rows come as added nodes: other changes (hover, focus) are not looked at.
  const added = (records: readonly MutationRecord[]) => records.some((record) => record.addedNodes.length > 0);
  void waitFor(() => deepQuery(doc, LISTED_LINK), { timeoutMs: LIST_RENDER_MS, signal, relevant: added }).then((link) => {
    if (link && !signal.aborted) pageChanged();
  });
}

/** Whether the journey has seen the app created (its page opened after Create). */
const created = (progress: Progress) => progress.seen['eca-created'] !== undefined;

export const externalClientAppManager: PageModule = {
  id: 'salesforce/external-client-app-manager',
  matchesUrl: (url) => url.pathname.replace(/\/$/, '') === PATH,
  isShown: rendered,
  // A list says nothing of the journey's progress: the form and the app's page report it.
  observe: () => [],
  watch: watchList,
  guide(doc, { progress, settings }): Guidance {
    if (progress.path === 'connected-app') {
      return { key: 'salesforce/eca-manager:ca', title: t('sf_app_manager_ca_title'), body: t('sf_eca_manager_ca_body') };
    }
    const link = appLink(doc, settings);
    if (link || created(progress)) {
      return {
        key: `salesforce/eca-manager:open${link ? '' : ':words'}`,
        title: t('sf_eca_manager_open_title'),
        body: t(link ? 'sf_eca_manager_open_body' : 'sf_eca_manager_find_body', settings.appName),
        target: () => appLink(doc, settings),
        keepClear: () => topOfList(doc),
      };
    }
    return {
      key: 'salesforce/eca-manager:new',
      title: t('sf_app_manager_eca_title'),
      body: t('sf_eca_manager_eca_body'),
      target: () => newEcaButton(doc),
      keepClear: () => topOfList(doc),
    };
  },
};

// Real URLs:
//   https://<mydomain>.lightning.force.com/lightning/setup/ManageExternalClientApplication/home
//   https://<mydomain>.my.salesforce-setup.com/lightning/setup/ManageExternalClientApplication/home
