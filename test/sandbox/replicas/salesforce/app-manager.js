// Behaviour of the App Manager replica: the "New ..." buttons in the page header.
//
// On the real page the buttons open the app forms inside the Lightning app (no page load).
// "New Lightning App" opens a wizard dialog there; the replica leaves it inert until it is needed.

import { navigate } from './setup-shell.js';

const NEW_APP_PAGES = {
  'New Connected App':
    '/lightning/setup/NavigationMenus/page?address=%2Fapp%2Fmgmt%2Fforceconnectedapps%2FforceAppEdit.apexp',
  'New External Client App': '/lightning/setup/ManageExternalClientApplication/create',
};

// Delegated, because the buttons are re-created whenever the content region is rendered again.
document.addEventListener('click', (event) => {
  const button = event.composedPath().find((node) => node instanceof Element && node.localName === 'lightning-button');
  const page = button && NEW_APP_PAGES[button.label];
  if (!page || !button.closest('.appManagerPage')) return;
  navigate(page);
});
