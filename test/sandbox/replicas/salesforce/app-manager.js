// Behaviour of the App Manager replica: the "New ..." buttons in the page header.
//
// On the real page the buttons open the app forms inside the Lightning app (no page load).
// In newer orgs New Connected App first opens a dialog that asks which kind of app to create
// (the sandbox marks such an org with data-new-app-dialog). "New Lightning App" opens a wizard
// dialog there; the replica leaves it inert until it is needed.

import { navigate } from './setup-shell.js';

const CONNECTED_APP_FORM =
  '/lightning/setup/NavigationMenus/page?address=%2Fapp%2Fmgmt%2Fforceconnectedapps%2FforceAppEdit.apexp';
const EXTERNAL_CLIENT_APP_FORM = '/lightning/setup/ManageExternalClientApplication/create';

const NEW_APP_PAGES = {
  'New Connected App': CONNECTED_APP_FORM,
  'New External Client App': EXTERNAL_CLIENT_APP_FORM,
  'Ny ansluten app': CONNECTED_APP_FORM,
  'Ny extern klientapp': EXTERNAL_CLIENT_APP_FORM,
};

// Delegated, because the buttons are re-created whenever the content region is rendered again.
document.addEventListener('click', (event) => {
  const button = event.composedPath().find((node) => node instanceof Element && node.localName === 'lightning-button');
  const page = button && NEW_APP_PAGES[button.label];
  const appManager = button?.closest('.appManagerPage');
  if (!page || !appManager) return;
  if (page === CONNECTED_APP_FORM && appManager.hasAttribute('data-new-app-dialog')) openChoiceDialog(appManager);
  else navigate(page);
});

/** The "New Connected App" dialog of newer orgs: Connected App or External Client App, then Continue. */
function openChoiceDialog(appManager) {
  const dialog = document.createElement('div');
  dialog.className = 'newAppDialog';
  dialog.innerHTML = `
    <section role="dialog" tabindex="-1" aria-modal="true" aria-labelledby="new-app-dialog-title" class="slds-modal slds-fade-in-open">
      <div class="slds-modal__container">
        <div class="slds-modal__header"><h2 id="new-app-dialog-title" class="slds-modal__title slds-hyphenate">New Connected App</h2></div>
        <div class="slds-modal__content slds-p-around_medium">
          <fieldset class="slds-form-element">
            <legend class="slds-form-element__legend slds-form-element__label">What kind of app do you want to create?</legend>
            <div class="slds-form-element__control">
              <span class="slds-radio"><input type="radio" id="new-app-choice-ca" name="newAppChoice" value="connected-app">
                <label class="slds-radio__label" for="new-app-choice-ca"><span class="slds-radio_faux"></span><span class="slds-form-element__label">Create a Connected App</span></label></span>
              <span class="slds-radio"><input type="radio" id="new-app-choice-eca" name="newAppChoice" value="eca" checked>
                <label class="slds-radio__label" for="new-app-choice-eca"><span class="slds-radio_faux"></span><span class="slds-form-element__label">Create an External Client App</span></label></span>
            </div>
          </fieldset>
        </div>
        <div class="slds-modal__footer">
          <button type="button" class="slds-button slds-button_neutral" data-choice="cancel">Cancel</button>
          <button type="button" class="slds-button slds-button_brand" data-choice="continue">Continue</button>
        </div>
      </div>
    </section>
    <div class="slds-backdrop slds-backdrop_open" role="presentation"></div>`;
  dialog.addEventListener('click', (event) => {
    const choice = event.target.closest?.('[data-choice]')?.dataset.choice;
    if (!choice) return;
    const kind = dialog.querySelector('input[name=newAppChoice]:checked')?.value;
    dialog.remove();
    if (choice === 'continue') navigate(kind === 'connected-app' ? CONNECTED_APP_FORM : EXTERNAL_CLIENT_APP_FORM);
  });
  appManager.append(dialog);
  dialog.querySelector('[role=dialog]').focus();
}
