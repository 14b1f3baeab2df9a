// Setup > App Manager: the list of apps with the "New ..." buttons, where both paths start. The
// guide points at the button of the admin's path (or into the dialog New Connected App opens in
// newer orgs). An org without "New Connected App" has switched Connected App creation off: that
// is reported, and the guide says so and points at New External Client App.
import { findButtonByText } from '../../dom/deep-query';
import type { Guidance } from '../../guide/guidance';
import { t } from '../../i18n';
import type { Observation } from '../../schema';
import type { PageModule } from '../page-module';
import { LABELS } from './labels';
import { dialogTarget, newAppDialog } from './new-app-dialog';

const PATH = '/lightning/setup/NavigationMenus/home';

const newEcaButton = (doc: Document) => findButtonByText(doc, LABELS.newExternalClientApp);
const newCaButton = (doc: Document) => findButtonByText(doc, LABELS.newConnectedApp);

/** The header's buttons are drawn with the Lightning components; before that nothing is known. */
const rendered = (doc: Document) => newEcaButton(doc) !== null;
const connectedAppsOff = (doc: Document) => rendered(doc) && newCaButton(doc) === null;

export const appManager: PageModule = {
  id: 'salesforce/app-manager',
  matchesUrl: (url) => url.pathname.replace(/\/$/, '') === PATH,
  // Either New button says the header is drawn: without New External Client App (renamed, or not
  // drawn) the guide still comes, and says in words what its spotlight cannot point at.
  isShown: (doc) => rendered(doc) || newCaButton(doc) !== null,
  observe(doc) {
    const facts: Observation[] = [{ type: 'seen', milestone: 'sf-app-manager' }];
    if (connectedAppsOff(doc)) facts.push({ type: 'connected-apps-disabled' });
    return facts;
  },
  guide(doc, { progress }): Guidance {
    if (connectedAppsOff(doc)) {
      return {
        key: 'salesforce/app-manager:ca-off',
        title: t('sf_app_manager_eca_title'),
        body: t('sf_app_manager_ca_off_body'),
        tone: 'warning',
        target: () => newEcaButton(doc),
      };
    }
    const path = progress.path;
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
