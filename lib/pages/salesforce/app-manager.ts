// Setup > App Manager: the list of apps with the "New ..." buttons, where path A starts. The guide
// points at the button of the admin's path (or into the dialog New Connected App opens in newer
// orgs). "New Connected App" has moved to External Client Apps > Settings (external-client-app-
// settings.ts) and is gone from App Manager in many orgs, so its absence here says nothing about
// whether Connected Apps are allowed: the guide then says where it went (docs/pages.md).
import { deepQuery, findButtonByText } from '../../dom/deep-query';
import { nextRender } from '../../dom/settle';
import type { Guidance } from '../../guide/guidance';
import { t } from '../../i18n';
import type { PageModule } from '../page-module';
import { hasWordsFor, labelsFor } from './labels';
import { dialogTarget, newAppDialog } from './new-app-dialog';

const PATH = '/lightning/setup/NavigationMenus/home';

const newEcaButton = (doc: Document) => findButtonByText(doc, labelsFor(doc, 'newExternalClientApp'));
const newCaButton = (doc: Document) => findButtonByText(doc, labelsFor(doc, 'newConnectedApp'));

/**
 * The header's buttons are drawn with the Lightning components; before that nothing is known.
 * Either New button says so; in a language we have no words for, any Lightning button does, and
 * the card then says in words what its spotlight cannot point at.
 */
function rendered(doc: Document): boolean {
  if (newEcaButton(doc) !== null || newCaButton(doc) !== null) return true;
  return !hasWordsFor(doc, 'newExternalClientApp') && deepQuery(doc, 'lightning-button') !== null;
}

/**
 * The dialog New Connected App opens is drawn inside the components' shadow roots: under native
 * shadow the guide's observer of the document does not see it open, or the admin's choice in it
 * (docs/bench.md). After each click or key, once the page has drawn, the guide is asked again while
 * a dialog is open or has just closed, so that it points into the dialog.
 */
function watchDialog(doc: Document, signal: AbortSignal, pageChanged: () => void): void {
  let open = newAppDialog(doc) !== null;
  const look = async () => {
    await nextRender();
    if (signal.aborted) return;
    const now = newAppDialog(doc) !== null;
    if (now || open) pageChanged();
    open = now;
  };
  const onInput = () => void look().catch(() => undefined);
  doc.addEventListener('click', onInput, { capture: true, passive: true, signal });
  doc.addEventListener('keyup', onInput, { capture: true, passive: true, signal });
}

export const appManager: PageModule = {
  id: 'salesforce/app-manager',
  matchesUrl: (url) => url.pathname.replace(/\/$/, '') === PATH,
  isShown: rendered,
  observe: () => [{ type: 'seen', milestone: 'sf-app-manager' }],
  watch: watchDialog,
  guide(doc, { progress }): Guidance {
    const path = progress.path;
    if (path === 'connected-app' && !newAppDialog(doc) && newCaButton(doc) === null) {
      return {
        key: 'salesforce/app-manager:ca-moved',
        title: t('sf_app_manager_ca_title'),
        body: t('sf_app_manager_ca_moved_body'),
      };
    }
    return {
      key: `salesforce/app-manager:${path}`,
      title: t(path === 'eca' ? 'sf_app_manager_eca_title' : 'sf_app_manager_ca_title'),
      body: t(path === 'eca' ? 'sf_app_manager_eca_body' : 'sf_app_manager_ca_body'),
      target: () => {
        const dialog = newAppDialog(doc);
        if (dialog) return dialogTarget(dialog, path);
        return path === 'eca' ? newEcaButton(doc) : newCaButton(doc);
      },
    };
  },
};

// Real URLs:
//   https://<mydomain>.lightning.force.com/lightning/setup/NavigationMenus/home
//   https://<mydomain>.my.salesforce-setup.com/lightning/setup/NavigationMenus/home
