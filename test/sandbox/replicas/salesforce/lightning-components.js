// Imitation Lightning base components, for what cannot run Salesforce's own (docs/bench.md): the
// unit tests' pages in happy-dom (app-manager.html, eca-form.html, eca-detail.html), the lookalike
// hosts' App Manager and the benchmark's heavy Setup page. Setup's pages in the sandbox are built
// from lightning-base-components (test/sandbox/lwc).
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
  static props = ['label', 'type', 'placeholder', 'variant', 'value', 'name', 'required', 'field-level-help', 'checked', 'disabled'];
  get value() {
    return this.shadowRoot?.querySelector('input')?.value ?? this.props?.value ?? '';
  }
  get checked() {
    return this.shadowRoot?.querySelector('input')?.checked ?? false;
  }
  render(root) {
    // Like LWC's lightning-input, the type decides what it draws: a checkbox is another layout.
    if (this.props.type === 'checkbox') return renderCheckbox(this, root);
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


/** The checkbox layout of lightning-input (type="checkbox"): box and label in the shadow root. */
function renderCheckbox(host, root) {
  const { label, checked, name, disabled } = host.props;
  const id = generatedId('checkbox');
  root.innerHTML =
    '<div class="slds-form-element"><div class="slds-form-element__control"><div class="slds-checkbox">' +
    `<input type="checkbox" id="${id}"${name ? ` name="${escapeHtml(name)}"` : ''}${checked != null ? ' checked' : ''}${disabled != null ? ' disabled' : ''}>` +
    `<label class="slds-checkbox__label" for="${id}"><span class="slds-checkbox_faux"></span>` +
    `<span class="slds-form-element__label">${escapeHtml(label)}</span></label></div></div></div>`;
  // LWC re-dispatches change from the host (native change does not leave the shadow root).
  root.querySelector('input').addEventListener('change', () =>
    host.dispatchEvent(new CustomEvent('change', { bubbles: true, detail: { checked: host.checked } })),
  );
}

class LightningTextarea extends LightningElement {
  static props = ['label', 'name', 'required', 'value', 'placeholder'];
  get value() {
    return this.shadowRoot?.querySelector('textarea')?.value ?? '';
  }
  render(root) {
    const { label, name, required, value, placeholder } = this.props;
    const id = generatedId('textarea');
    root.innerHTML =
      `<div class="slds-form-element"><label class="slds-form-element__label" for="${id}">` +
      `${required != null ? '<abbr class="slds-required" title="required">*</abbr>' : ''}${escapeHtml(label)}</label>` +
      `<div class="slds-form-element__control"><textarea class="slds-textarea" id="${id}"${name ? ` name="${escapeHtml(name)}"` : ''}` +
      `${placeholder ? ` placeholder="${escapeHtml(placeholder)}"` : ''}${required != null ? ' required' : ''}>${escapeHtml(value)}</textarea></div></div>`;
  }
}

/** A select-like combobox: a button with role=combobox and a listbox of role=option items. */
/** The <template> child that carries a component's options (LWC gets them as data). */
const ownTemplate = (element) => [...element.children].find((child) => child.localName === 'template') ?? null;

class LightningCombobox extends LightningElement {
  static props = ['label', 'name', 'placeholder', 'required'];
  #value = '';
  get value() {
    return this.#value;
  }
  render(root) {
    const { label, placeholder = 'Select an Option', required } = this.props;
    const template = ownTemplate(this);
    const options = template ? [...template.content.querySelectorAll('option')] : [];
    template?.remove();
    const labelId = generatedId('combobox-label');
    const listId = generatedId('dropdown-element');
    root.innerHTML =
      '<div class="slds-form-element">' +
      `<label class="slds-form-element__label" id="${labelId}">${required != null ? '<abbr class="slds-required" title="required">*</abbr>' : ''}${escapeHtml(label)}</label>` +
      '<div class="slds-form-element__control"><div class="slds-combobox_container"><div class="slds-combobox slds-dropdown-trigger slds-dropdown-trigger_click">' +
      `<button type="button" class="slds-combobox__input slds-input_faux" role="combobox" aria-labelledby="${labelId}" aria-haspopup="listbox" aria-expanded="false" aria-controls="${listId}">` +
      `<span class="slds-truncate combobox-value">${escapeHtml(placeholder)}</span>` +
      `<svg class="slds-icon slds-icon_x-small slds-icon-text-default" viewBox="0 0 24 24" aria-hidden="true">${ICONS['utility:down']}</svg></button>` +
      `<div class="slds-dropdown slds-dropdown_fluid" role="listbox" id="${listId}" hidden>` +
      options
        .map(
          (option) =>
            `<div class="slds-listbox__option" role="option" aria-selected="false" data-value="${escapeHtml(option.value)}">${escapeHtml(option.textContent)}</div>`,
        )
        .join('') +
      '</div></div></div></div></div>';
    const button = root.querySelector('[role=combobox]');
    const list = root.querySelector('[role=listbox]');
    button.addEventListener('click', () => {
      list.hidden = !list.hidden;
      button.setAttribute('aria-expanded', String(!list.hidden));
    });
    list.addEventListener('click', (event) => {
      const option = event.target.closest('[role=option]');
      if (!option) return;
      this.#value = option.dataset.value;
      for (const other of list.querySelectorAll('[role=option]')) other.setAttribute('aria-selected', String(other === option));
      root.querySelector('.combobox-value').textContent = option.textContent;
      list.hidden = true;
      button.setAttribute('aria-expanded', 'false');
      this.dispatchEvent(new CustomEvent('change', { bubbles: true, detail: { value: this.#value } }));
    });
  }
}

/**
 * Two lists of role=option items: click selects one, shift-click a range from the last click,
 * ctrl/cmd-click adds one; the arrow buttons move the selection across.
 */
class LightningDualListbox extends LightningElement {
  static props = ['label', 'source-label', 'selected-label', 'move-right-label', 'move-left-label'];
  get value() {
    return [...(this.shadowRoot?.querySelectorAll('[data-side=selected] [role=option]') ?? [])].map((o) => o.dataset.value);
  }
  render(root) {
    const template = ownTemplate(this);
    const options = template ? [...template.content.querySelectorAll('option')] : [];
    template?.remove();
    const p = this.props;
    const [groupId, sourceId, selectedId] = [generatedId('group'), generatedId('source-list'), generatedId('selected-list')];
    const column = (side, id, label) =>
      `<div class="slds-dueling-list__column"><span class="slds-form-element__label" id="${id}-label">${escapeHtml(label)}</span>` +
      `<div class="slds-dueling-list__options" data-side="${side}"><ul id="${id}" class="slds-listbox slds-listbox_vertical" role="listbox" aria-labelledby="${id}-label" aria-multiselectable="true">` +
      (side === 'source'
        ? options
            .map(
              (o) =>
                `<li role="presentation" class="slds-listbox__item"><div class="slds-listbox__option slds-listbox__option_plain" role="option" aria-selected="false" tabindex="-1" data-value="${escapeHtml(o.value)}"><span class="slds-truncate">${escapeHtml(o.textContent)}</span></div></li>`,
            )
            .join('')
        : '') +
      '</ul></div></div>';
    const arrow = (direction, label) =>
      `<button type="button" class="slds-button slds-button_icon slds-button_icon-container" title="${escapeHtml(label)}" data-move="${direction}">` +
      `<span aria-hidden="true">${direction === 'right' ? '▶' : '◀'}</span><span class="slds-assistive-text">${escapeHtml(label)}</span></button>`;
    root.innerHTML =
      `<div class="slds-form-element" role="group" aria-labelledby="${groupId}"><span class="slds-form-element__legend slds-form-element__label" id="${groupId}">${escapeHtml(p.label)}</span>` +
      '<div class="slds-form-element__control"><div class="slds-dueling-list">' +
      column('source', sourceId, p['source-label']) +
      `<div class="slds-dueling-list__column slds-dueling-list__column_buttons">${arrow('right', p['move-right-label'])}${arrow('left', p['move-left-label'])}</div>` +
      column('selected', selectedId, p['selected-label']) +
      '</div></div></div>';

    let anchor = null;
    root.addEventListener('click', (event) => {
      const option = event.target.closest?.('[role=option]');
      if (option) {
        const list = option.closest('[role=listbox]');
        const items = [...list.querySelectorAll('[role=option]')];
        if (event.shiftKey && anchor && items.includes(anchor)) {
          const [from, to] = [items.indexOf(anchor), items.indexOf(option)].sort((a, b) => a - b);
          items.forEach((item, index) => item.setAttribute('aria-selected', String(index >= from && index <= to)));
        } else if (event.ctrlKey || event.metaKey) {
          option.setAttribute('aria-selected', String(option.getAttribute('aria-selected') !== 'true'));
          anchor = option;
        } else {
          for (const item of root.querySelectorAll('[role=option]')) item.setAttribute('aria-selected', 'false');
          option.setAttribute('aria-selected', 'true');
          anchor = option;
        }
        return;
      }
      const move = event.target.closest?.('[data-move]')?.dataset.move;
      if (!move) return;
      const [from, to] = move === 'right' ? [sourceId, selectedId] : [selectedId, sourceId];
      const chosen = [...root.getElementById(from).querySelectorAll('[role=option][aria-selected=true]')];
      for (const item of chosen) {
        item.setAttribute('aria-selected', 'false');
        root.getElementById(to).append(item.closest('li'));
      }
      anchor = null;
      if (chosen.length) this.dispatchEvent(new CustomEvent('change', { bubbles: true, detail: { value: this.value } }));
    });
  }
}

/** Collapsible section: its content is slotted (in the DOM) but hidden until expanded. */
class LightningAccordionSection extends LightningElement {
  static props = ['label', 'name', 'open'];
  render(root) {
    const contentId = generatedId('accordion-content');
    const open = this.props.open != null;
    root.innerHTML =
      `<section class="slds-accordion__section${open ? ' slds-is-open' : ''}"><div class="slds-accordion__summary">` +
      `<h3 class="slds-accordion__summary-heading"><button type="button" class="slds-button slds-button_reset slds-accordion__summary-action" aria-controls="${contentId}" aria-expanded="${open}">` +
      `<svg class="slds-accordion__summary-action-icon slds-button__icon" viewBox="0 0 24 24" aria-hidden="true">${ICONS['utility:down']}</svg>` +
      `<span class="slds-accordion__summary-content">${escapeHtml(this.props.label)}</span></button></h3></div>` +
      `<div class="slds-accordion__content" id="${contentId}"${open ? '' : ' hidden'}><slot></slot></div></section>`;
    const button = root.querySelector('button');
    button.addEventListener('click', () => {
      const expanded = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(expanded));
      root.getElementById(contentId).hidden = !expanded;
      root.querySelector('section').classList.toggle('slds-is-open', expanded);
    });
  }
}

class LightningAccordion extends LightningElement {
  render(root) {
    root.innerHTML = '<ul class="slds-accordion"><slot></slot></ul>';
  }
}


const COMPONENTS = {
  'lightning-button': LightningButton,
  'lightning-button-group': LightningButtonGroup,
  'lightning-button-menu': LightningButtonMenu,
  'lightning-icon': LightningIcon,
  'lightning-input': LightningInput,
  'lightning-datatable': LightningDatatable,
  'lightning-textarea': LightningTextarea,
  'lightning-combobox': LightningCombobox,
  'lightning-dual-listbox': LightningDualListbox,
  'lightning-accordion': LightningAccordion,
  'lightning-accordion-section': LightningAccordionSection,
};

await sheetLoaded;
await new Promise((resolve) => setTimeout(resolve, BOOT_DELAY_MS));
for (const [name, component] of Object.entries(COMPONENTS)) {
  if (!customElements.get(name)) customElements.define(name, component);
}
