// Setup > External Client Apps > Settings: where "New Connected App" sits now (path B), beside the
// toggle "Allow creation of connected apps" (Salesforce Help, docs/pages.md). The toggle says
// whether this org may still create Connected Apps; since Spring '26 only Salesforce Support can
// turn it on. Off is reported as a fact (the journey then switches to an External Client App, with
// a notice) and the card says why; on, the guide points at New Connected App.
import { deepElements, findButtonByText, findControlByLabel } from '../../dom/deep-query';
import { isChecked } from '../../dom/fill';
import type { Guidance } from '../../guide/guidance';
import { t } from '../../i18n';
import type { Observation } from '../../schema';
import type { PageModule } from '../page-module';
import { labelsFor } from './labels';

const PATH = '/lightning/setup/ExternalClientApplicationSettings/home';

/** The toggle: a lightning-input of type toggle, whose inner checkbox has role=switch. */
const creationToggle = (doc: Document) => findControlByLabel<HTMLInputElement>(doc, labelsFor(doc, 'allowConnectedApps'));
const newCaButton = (doc: Document) => findButtonByText<HTMLElement>(doc, labelsFor(doc, 'newConnectedApp'));

/** Whether any switch is drawn yet (the page's settings, in whatever language). */
function anySwitch(doc: Document): boolean {
  for (const element of deepElements(doc)) if (element.matches('input[type=checkbox][role=switch], [role=switch]')) return true;
  return false;
}

/** True or false from the toggle read by its label; null when it cannot be told (not drawn, or a language we have no words for). */
export function connectedAppsAllowed(doc: Document): boolean | null {
  const toggle = creationToggle(doc);
  return toggle ? isChecked(toggle) : null;
}

export const externalClientAppSettings: PageModule = {
  id: 'salesforce/external-client-app-settings',
  matchesUrl: (url) => url.pathname.replace(/\/$/, '') === PATH,
  // Known by what it shows: the toggle or the button, or (in a language we have no words for) a switch.
  isShown: (doc) => creationToggle(doc) !== null || newCaButton(doc) !== null || anySwitch(doc),
  observe(doc): Observation[] {
    // Off only when read as off: a toggle we cannot find says nothing.
    return connectedAppsAllowed(doc) === false ? [{ type: 'connected-apps-disabled' }] : [];
  },
  guide(doc, { progress }): Guidance {
    const allowed = connectedAppsAllowed(doc);
    if (allowed === false) {
      return {
        key: 'salesforce/eca-settings:ca-off',
        title: t('sf_eca_settings_off_title'),
        body: t('sf_eca_settings_off_body'),
        tone: 'warning',
        target: () => creationToggle(doc),
      };
    }
    if (progress.path === 'eca') {
      return { key: 'salesforce/eca-settings:eca', title: t('sf_app_manager_eca_title'), body: t('sf_eca_settings_eca_body') };
    }
    return {
      key: `salesforce/eca-settings:ca${allowed === null ? ':words' : ''}`,
      title: t('sf_app_manager_ca_title'),
      body: t(allowed === null ? 'sf_eca_settings_words_body' : 'sf_app_manager_ca_body'),
      target: () => newCaButton(doc),
    };
  },
};

// Real URLs:
//   https://<mydomain>.lightning.force.com/lightning/setup/ExternalClientApplicationSettings/home
//   https://<mydomain>.my.salesforce-setup.com/lightning/setup/ExternalClientApplicationSettings/home
