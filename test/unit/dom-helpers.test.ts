// @vitest-environment happy-dom
// lib/dom: finding controls across shadow roots by id suffix, label and text, and filling them so
// that frameworks notice, without overwriting what the admin typed.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  byIdSuffix,
  deepElements,
  deepQuery,
  findButtonByText,
  findByText,
  findControlByLabel,
  normaliseLabel,
} from '../../lib/dom/deep-query';
import { openAllSections, openSectionsAround } from '../../lib/dom/accordion';
import { fillText, isChecked, setChecked } from '../../lib/dom/fill';

/** A host element with an open shadow root holding `html`, as Lightning web components have. */
function component(tag: string, html: string): HTMLElement {
  const host = document.createElement(tag);
  host.attachShadow({ mode: 'open' }).innerHTML = html;
  return host;
}

beforeEach(() => {
  document.body.innerHTML = `
    <label for="a:b:name">Connected App Name</label><input id="a:b:name">
    <label>Kontakt-e-post <input id="email" value="someone@example.com"></label>
    <button>Spara</button>`;
  const outer = component('x-form', '<div class="inner"></div>');
  outer.shadowRoot!.querySelector('.inner')!.append(
    component('lightning-input', '<label for="input-12">* External Client App Name</label><input id="input-12">'),
    component('lightning-button', '<button type="button" title="Move selection to Selected OAuth Scopes"><span>▶</span></button>'),
    component('lightning-tab', '<a role="tab">Settings</a>'),
  );
  document.body.append(outer);
});

describe('deep query', () => {
  it('descends into nested open shadow roots in document order', () => {
    const inputs = [...deepElements(document)].filter((element) => element.localName === 'input');
    expect(inputs.map((input) => input.id)).toEqual(['a:b:name', 'email', 'input-12']);
    expect(deepQuery(document, 'button[title]')?.getAttribute('title')).toContain('Move selection');
  });

  it('finds JSF ids by suffix without escaping colons', () => {
    expect(byIdSuffix(document, ':b:name')?.id).toBe('a:b:name');
    expect(byIdSuffix(document, ':nothing')).toBeNull();
  });

  it('finds controls by label text in any listed language, through label[for], wrapping labels and shadow roots', () => {
    expect(findControlByLabel(document, ['Connected App Name', 'Namn på ansluten app'])?.id).toBe('a:b:name');
    expect(findControlByLabel(document, ['Contact Email', 'Kontakt-e-post'])?.id).toBe('email');
    expect(findControlByLabel(document, ['External Client App Name'])?.id).toBe('input-12');
    expect(findControlByLabel(document, ['Description'])).toBeNull();
  });

  it('finds buttons by text, title or aria-label, and other elements by their text', () => {
    expect(findButtonByText(document, ['Save', 'Spara'])?.textContent).toBe('Spara');
    expect(findButtonByText(document, ['Move selection to Selected OAuth Scopes'])).not.toBeNull();
    expect(findByText(document, '[role=tab]', ['Inställningar', 'Settings'])?.textContent).toBe('Settings');
  });

  it('compares labels without case, spacing, asterisks or a trailing colon', () => {
    expect(normaliseLabel('  * Callback\n URL: ')).toBe('callback url');
  });

  it('reaches closed shadow roots through chrome.dom where the browser offers it', () => {
    const host = document.createElement('x-closed');
    const closed = host.attachShadow({ mode: 'closed' });
    closed.innerHTML = '<input aria-label="Hidden away">';
    document.body.append(host);
    expect(findControlByLabel(document, ['Hidden away'])).toBeNull();
    const chromeGlobal = globalThis as { chrome?: unknown };
    const before = chromeGlobal.chrome;
    chromeGlobal.chrome = { dom: { openOrClosedShadowRoot: (element: Element) => (element === host ? closed : element.shadowRoot) } };
    try {
      expect(findControlByLabel(document, ['Hidden away'])).not.toBeNull();
    } finally {
      chromeGlobal.chrome = before;
    }
  });
});

describe('fill', () => {
  it('fills an empty field with input and change events that cross shadow edges', () => {
    const input = findControlByLabel<HTMLInputElement>(document, ['External Client App Name'])!;
    const seen: string[] = [];
    document.addEventListener('input', (event) => seen.push(`input:${event.composed}`));
    document.addEventListener('change', (event) => seen.push(`change:${event.composed}`));
    expect(fillText(input, 'Marketo Sync')).toBe('filled');
    expect(input.value).toBe('Marketo Sync');
    expect(seen).toEqual(['input:true', 'change:true']);
  });

  it('leaves a different value alone unless told to overwrite, and reports the same value as unchanged', () => {
    const email = document.getElementById('email') as HTMLInputElement;
    expect(fillText(email, 'admin@acme.example')).toBe('conflict');
    expect(email.value).toBe('someone@example.com');
    expect(fillText(email, ' someone@example.com ')).toBe('unchanged');
    expect(fillText(email, 'admin@acme.example', { overwrite: true })).toBe('filled');
    expect(email.value).toBe('admin@acme.example');
  });

  it('says missing and disabled instead of throwing', () => {
    expect(fillText(null, 'x')).toBe('missing');
    const input = document.getElementById('a:b:name') as HTMLInputElement;
    input.disabled = true;
    expect(fillText(input, 'x')).toBe('disabled');
  });

  it('ticks by clicking, so the page hears a click and a change', () => {
    document.body.insertAdjacentHTML('beforeend', '<input type="checkbox" id="box"><div role="checkbox" id="aria" aria-checked="false"></div>');
    const box = document.getElementById('box') as HTMLInputElement;
    let clicks = 0;
    box.addEventListener('click', () => clicks++);
    expect(setChecked(box, true)).toBe('filled');
    expect(setChecked(box, true)).toBe('unchanged');
    expect(clicks).toBe(1);
    const aria = document.getElementById('aria')!;
    aria.addEventListener('click', () => aria.setAttribute('aria-checked', String(aria.getAttribute('aria-checked') !== 'true')));
    expect(setChecked(aria, true)).toBe('filled');
    expect(isChecked(aria)).toBe(true);
    expect(setChecked(null, true)).toBe('missing');
  });
});

describe('opening the accordion sections around the fields the guide fills', () => {
  /** A section as Salesforce's lightning-accordion-section draws it: a toggle, then its content. */
  const sectionHtml = (open: boolean, content = '') =>
    `<section class="slds-accordion__section"><div class="slds-accordion__summary"><h3><button class="slds-accordion__summary-action" aria-expanded="${open}">Section</button></h3></div><div class="slds-accordion__content"${open ? '' : ' hidden'}>${content}</div></section>`;
  const toggles = () => [...deepElements(document)].filter((element) => element.matches('.slds-accordion__summary-action'));
  const trackClicks = (toggle: Element) => {
    toggle.addEventListener('click', () => toggle.setAttribute('aria-expanded', 'true'));
  };

  it('opens the closed section holding a field and leaves the others closed (content in the light DOM, as under synthetic shadow)', () => {
    document.body.innerHTML = `<div>${sectionHtml(true, '<input id="name">')}${sectionHtml(false, '<input type="checkbox" id="oauth">')}${sectionHtml(false, '<input type="checkbox" id="skipped">')}</div>`;
    toggles().forEach(trackClicks);
    openSectionsAround([document.getElementById('name'), document.getElementById('oauth'), null]);
    expect(toggles().map((toggle) => toggle.getAttribute('aria-expanded'))).toEqual(['true', 'true', 'false']);
  });

  it('opens every closed section when asked to (a field the guide could not find is somewhere in them)', () => {
    document.body.innerHTML = `<div>${sectionHtml(true, '<input id="name">')}${sectionHtml(false)}${sectionHtml(false)}</div>`;
    toggles().forEach(trackClicks);
    openAllSections(document);
    expect(toggles().map((toggle) => toggle.getAttribute('aria-expanded'))).toEqual(['true', 'true', 'true']);
  });

  it('opens a section component that shows the field through its shadow root (native shadow)', () => {
    const section = (content: string) => {
      const host = component('lightning-accordion-section', sectionHtml(false, '<slot></slot>'));
      host.append(component('lightning-input', content));
      return host;
    };
    const form = component('x-form', '');
    form.shadowRoot!.append(section('<input type="checkbox" id="oauth">'), section('<input type="checkbox" id="skipped">'));
    document.body.replaceChildren(form);
    toggles().forEach(trackClicks);
    const oauth = deepQuery(document, '#oauth');
    openSectionsAround([oauth]);
    expect(toggles().map((toggle) => toggle.getAttribute('aria-expanded'))).toEqual(['true', 'false']);
  });
});
