// Replica Lightning base components for the Setup replicas.
//
// Each element builds a real open shadow root, as Lightning Web Components do in native shadow
// mode, so an extension has to search across shadow roots here as it must on the real pages.
// The page's HTML carries what the component shows (label="...", rows in a <template>); like
// LWC's @api properties, those attributes are read once and removed from the host, so nothing is
// left on the host that the real DOM would not have.
//
// Components are defined only after a short "boot" (Aura loads its framework before rendering),
// so their content appears some time after DOMContentLoaded, as on the real site.

const BOOT_DELAY_MS = 300;

// One stylesheet, shared by the page and every shadow root (styles do not cross shadow edges).
const sheet = new CSSStyleSheet();
const sheetLoaded = fetch('/_replica/salesforce/slds.css')
  .then((response) => response.text())
  .then((css) => sheet.replace(css))
  .catch(() => undefined);

let nextId = 10;
/** An id in LWC's style ("input-12"): unique, but not stable between loads or releases. */
const generatedId = (prefix) => `${prefix}-${nextId++}`;

const ICONS = {
  'utility:check': '<path d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z" fill="currentColor"/>',
  'utility:down': '<path d="M5 9l7 7 7-7" fill="none" stroke="currentColor" stroke-width="2.6"/>',
  'utility:search':
    '<circle cx="10" cy="10" r="6.5" fill="none" stroke="currentColor" stroke-width="2.5"/><path d="M15 15l6 6" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/>',
  'standard:custom_app':
    '<rect x="5" y="5" width="6" height="6" rx="1" fill="#fff"/><rect x="13" y="5" width="6" height="6" rx="1" fill="#fff"/><rect x="5" y="13" width="6" height="6" rx="1" fill="#fff"/><rect x="13" y="13" width="6" height="6" rx="1" fill="#fff"/>',
};

const escapeHtml = (text) =>
  String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

class LightningElement extends HTMLElement {
  /** Attributes that are LWC properties: read into `this.props`, then taken off the host. */
  static props = [];

  connectedCallback() {
    if (this.shadowRoot) return;
    this.props = {};
    for (const name of /** @type {typeof LightningElement} */ (this.constructor).props) {
      if (this.hasAttribute(name)) this.props[name] = this.getAttribute(name);
      this.removeAttribute(name);
    }
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    this.render(root);
  }

  /** @param {ShadowRoot} root */
  render(root) {} // eslint-disable-line no-unused-vars
}

class LightningButton extends LightningElement {
  static props = ['label', 'variant', 'title', 'disabled', 'name'];
  get label() {
    return this.props?.label ?? '';
  }
  render(root) {
    const { label, variant = 'neutral', title, disabled, name } = this.props;
    root.innerHTML =
      `<button class="slds-button slds-button_${escapeHtml(variant)}" type="button" part="button"` +
      `${name ? ` name="${escapeHtml(name)}"` : ''}${title ? ` title="${escapeHtml(title)}"` : ''}` +
      `${disabled != null ? ' disabled' : ''}>${escapeHtml(label)}</button>`;
  }
}

class LightningButtonGroup extends LightningElement {
  render(root) {
    root.innerHTML = '<div class="slds-button-group" role="group"><slot></slot></div>';
  }
}

class LightningIcon extends LightningElement {
  static props = ['icon-name', 'size', 'alternative-text'];
  render(root) {
    const name = this.props['icon-name'] ?? '';
    const [kind, symbol] = name.split(':');
    const size = this.props.size ?? 'small';
    root.innerHTML =
      `<span class="slds-icon_container slds-icon-${kind}-${(symbol ?? '').replace(/_/g, '-')}" part="boundary">` +
      `<svg class="slds-icon slds-icon_${escapeHtml(size)}${kind === 'utility' ? ' slds-icon-text-default' : ''}" viewBox="0 0 24 24" aria-hidden="true">${ICONS[name] ?? ''}</svg>` +
      `${this.props['alternative-text'] ? `<span class="slds-assistive-text">${escapeHtml(this.props['alternative-text'])}</span>` : ''}</span>`;
  }
}

class LightningButtonMenu extends LightningElement {
  static props = ['alternative-text', 'icon-size', 'menu-alignment'];
  render(root) {
    const text = escapeHtml(this.props['alternative-text'] ?? 'Show menu');
    root.innerHTML =
      '<div class="slds-dropdown-trigger slds-dropdown-trigger_click">' +
      `<button class="slds-button slds-button_icon-border-filled slds-button_icon-x-small" type="button" aria-haspopup="true" aria-expanded="false" title="${text}">` +
      `<svg class="slds-button__icon slds-button__icon_small" viewBox="0 0 24 24" aria-hidden="true">${ICONS['utility:down']}</svg>` +
      `<span class="slds-assistive-text">${text}</span></button></div>`;
  }
}

class LightningInput extends LightningElement {
  static props = ['label', 'type', 'placeholder', 'variant', 'value', 'name', 'required', 'field-level-help'];
  get value() {
    return this.shadowRoot?.querySelector('input')?.value ?? this.props?.value ?? '';
  }
  render(root) {
    const { label, type = 'text', placeholder, variant, value, name, required } = this.props;
    const id = generatedId('input');
    const search = type === 'search';
    root.innerHTML =
      `<div class="slds-form-element${variant === 'label-hidden' ? ' slds-form-element_hidden-label' : ''}" part="input-text">` +
      `<label class="slds-form-element__label${variant === 'label-hidden' ? ' slds-assistive-text' : ''}" for="${id}">` +
      `${required != null ? '<abbr class="slds-required" title="required">*</abbr>' : ''}${escapeHtml(label)}</label>` +
      `<div class="slds-form-element__control slds-grow${search ? ' slds-input-has-icon slds-input-has-icon_left' : ''}">` +
      (search
        ? `<svg class="slds-icon slds-input__icon slds-input__icon_left slds-icon-text-default" viewBox="0 0 24 24" aria-hidden="true">${ICONS['utility:search']}</svg>`
        : '') +
      `<input class="slds-input" id="${id}" type="${escapeHtml(type)}" part="input"` +
      `${placeholder ? ` placeholder="${escapeHtml(placeholder)}"` : ''}${name ? ` name="${escapeHtml(name)}"` : ''}` +
      `${value ? ` value="${escapeHtml(value)}"` : ''}${required != null ? ' required' : ''}></div></div>`;
  }
}

/** Its table markup comes from a <template> child (Lightning gets it from data, we from HTML). */
class LightningDatatable extends LightningElement {
  static props = ['key-field'];
  render(root) {
    const template = this.querySelector(':scope > template');
    if (!template) return;
    root.append(template.content.cloneNode(true));
    template.remove();
  }
}

const COMPONENTS = {
  'lightning-button': LightningButton,
  'lightning-button-group': LightningButtonGroup,
  'lightning-button-menu': LightningButtonMenu,
  'lightning-icon': LightningIcon,
  'lightning-input': LightningInput,
  'lightning-datatable': LightningDatatable,
};

await sheetLoaded;
await new Promise((resolve) => setTimeout(resolve, BOOT_DELAY_MS));
for (const [name, component] of Object.entries(COMPONENTS)) {
  if (!customElements.get(name)) customElements.define(name, component);
}
