// Behaviour of the New External Client App replica: the API name follows the app name, the OAuth
// fields are drawn when "Enable OAuth" is ticked (and dropped when unticked), and Create sends
// what the components hold to the sandbox, which saves the app and answers with its detail page.
// Like the page's framework, it reads values from the components, not from the DOM's attributes.

import { navigate } from './setup-shell.js';

const form = () => document.querySelector('.ecaForm');
const field = (name) => form()?.querySelector(`[data-field="${name}"]`) ?? null;

document.addEventListener('input', (event) => {
  const host = event.composedPath().find((node) => node instanceof Element && node.getAttribute?.('data-field') === 'appName');
  const apiInput = field('apiName')?.shadowRoot?.querySelector('input');
  if (!host || !apiInput) return;
  apiInput.value = host.value.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
});

document.addEventListener('change', (event) => {
  const host = event.target;
  if (!(host instanceof Element) || host.getAttribute('data-field') !== 'enableOauth' || !host.closest('.ecaForm')) return;
  const container = form().querySelector('.oauthFields');
  container.replaceChildren();
  if (host.checked) container.append(form().querySelector('template.oauthFieldsTemplate').content.cloneNode(true));
});

document.addEventListener('click', async (event) => {
  const button = event.composedPath().find((node) => node instanceof Element && node.localName === 'lightning-button');
  if (!button?.closest('.ecaForm') || button.getAttribute('data-field') !== 'create') return;
  const checked = (name) => Boolean(field(name)?.checked);
  const app = {
    kind: 'eca',
    name: field('appName')?.value.trim() ?? '',
    email: field('contactEmail')?.value.trim() ?? '',
    distributionState: field('distributionState')?.value ?? '',
    oauthEnabled: checked('enableOauth'),
    callbackUrl: field('callbackUrl')?.value.trim() ?? '',
    scopes: field('scopes')?.value ?? [],
    flowsEnabled: ['flowClientCredentials', 'flowAuthCode', 'flowDevice', 'flowTokenExchange'].filter(checked),
    requireSecretForWebServerFlow: checked('requireSecretWebServer'),
    requireSecretForRefreshTokenFlow: checked('requireSecretRefresh'),
    pkce: checked('pkce'),
  };
  const missing = !app.name || !app.email || !app.distributionState || (app.oauthEnabled && !app.callbackUrl);
  const error = form().querySelector('.formError');
  error.hidden = !missing;
  error.textContent = missing ? 'Review the errors on this page.' : '';
  if (missing) return;
  const response = await fetch('/_sandbox/salesforce/apps', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(app),
  });
  const { detailPath } = await response.json();
  navigate(detailPath);
});
