// The bench's Lightning pages: each page's HTML holds an empty host element
// `<div data-lwc-page="c-eca-form" data-props='{"labels":{...}}'>`; this mounts our page component
// there, built from Salesforce's base components. Setup is a single-page app (setup-shell.js swaps
// the content without a page load), so hosts that appear later are mounted too.
import { createElement } from 'lwc';
import AppManager from 'c/appManager';
import EcaDetail from 'c/ecaDetail';
import EcaForm from 'c/ecaForm';
import EcaManager from 'c/ecaManager';
import EcaSettings from 'c/ecaSettings';

const PAGES = { 'c-app-manager': AppManager, 'c-eca-form': EcaForm, 'c-eca-manager': EcaManager, 'c-eca-detail': EcaDetail, 'c-eca-settings': EcaSettings };

function mount(host) {
  const name = host.getAttribute('data-lwc-page');
  const component = PAGES[name];
  if (!component || host.hasAttribute('data-lwc-mounted')) return;
  host.setAttribute('data-lwc-mounted', '');
  const element = createElement(name, { is: component });
  Object.assign(element, JSON.parse(host.getAttribute('data-props') ?? '{}'));
  host.append(element);
}

const mountAll = () => document.querySelectorAll('[data-lwc-page]').forEach(mount);
new MutationObserver(mountAll).observe(document.documentElement, { childList: true, subtree: true });
mountAll();
