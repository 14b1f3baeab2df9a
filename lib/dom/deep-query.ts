// Finding controls the way an admin does, across Lightning's shadow roots: by id or name first,
// then by the label's text in the page's language, then by role and structure. Page modules pass
// label tables (en, sv, ...) rather than single strings, because Setup is fully translated.

const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** The built-in elements that can host a shadow root (DOM standard, attachShadow); custom elements can too. */
const SHADOW_HOSTS = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span']);

/** A shadow root the content script may enter: open ones, and closed ones where Chrome lets us. */
function shadowRootOf(element: Element): ShadowRoot | null {
  if (element.shadowRoot) return element.shadowRoot;
  // Asking Chrome about an element that cannot host one throws, and a deep walk meets thousands.
  if (element.namespaceURI !== HTML_NS || !(element.localName.includes('-') || SHADOW_HOSTS.has(element.localName))) return null;
  const dom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (e: HTMLElement) => ShadowRoot | null } } }).chrome
    ?.dom;
  try {
    return dom?.openOrClosedShadowRoot?.(element as HTMLElement) ?? null;
  } catch {
    // Chrome throws for some elements; that simply means "none".
    return null;
  }
}

/** Every element under `root`, descending into shadow roots, in document order. */
export function* deepElements(root: ParentNode): Generator<Element> {
  const doc = root instanceof Document ? root : ((root as Node).ownerDocument ?? document);
  const walker = doc.createTreeWalker(root as Node, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node as Element;
    yield element;
    const shadow = shadowRootOf(element);
    if (shadow) yield* deepElements(shadow);
  }
}

export function deepQuery<E extends Element = Element>(root: ParentNode, selector: string): E | null {
  for (const element of deepElements(root)) if (element.matches(selector)) return element as E;
  return null;
}

/** The element whose id ends with `suffix`: JSF ids are long colon-separated paths, so pass the suffix with its leading colon. */
export function byIdSuffix<E extends Element = HTMLElement>(root: ParentNode, suffix: string): E | null {
  return deepQuery<E>(root, `[id$="${suffix.replace(/"/g, '\\"')}"]`);
}

/** Collapses whitespace and case, and drops a required-field asterisk and a trailing colon. */
export function normaliseLabel(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/\*/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/:$/, '')
    .trim()
    .toLowerCase();
}

export function matchesAny(text: string | null | undefined, labels: readonly string[]): boolean {
  const normal = normaliseLabel(text);
  return normal !== '' && labels.some((label) => normal === normaliseLabel(label));
}

/** The element's accessible name, approximated: aria-label, aria-labelledby, a <label>. */
export function labelTextOf(control: Element): string {
  const aria = control.getAttribute('aria-label');
  if (aria) return aria;
  const root = control.getRootNode() as Document | ShadowRoot;
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) {
    return labelledBy
      .split(/\s+/)
      .map((id) => root.getElementById?.(id)?.textContent ?? '')
      .join(' ');
  }
  if (control.id) {
    const label = root.querySelector?.(`label[for="${CSS.escape(control.id)}"]`);
    if (label) return label.textContent ?? '';
  }
  return control.closest('label')?.textContent ?? '';
}

export const CONTROLS = 'input:not([type=hidden]), textarea, select, [role=combobox], [role=checkbox], [role=listbox]';

/** The form control whose label reads one of `labels` (in any of the page's languages). */
export function findControlByLabel<E extends Element = HTMLInputElement>(root: ParentNode, labels: readonly string[]): E | null {
  for (const element of deepElements(root)) {
    if (element.matches(CONTROLS) && matchesAny(labelTextOf(element), labels)) return element as E;
  }
  return null;
}

const BUTTONS = 'button, a, input[type=button], input[type=submit], [role=button], [role=tab]';

/** Visible text of a button-like element (an <input type=button> shows its value). */
function buttonText(element: Element): string {
  return element instanceof HTMLInputElement ? element.value : (element.textContent ?? '');
}

/** A button or link whose visible text, accessible name or title reads one of `labels`. */
export function findButtonByText<E extends Element = HTMLElement>(root: ParentNode, labels: readonly string[]): E | null {
  for (const element of deepElements(root)) {
    if (!element.matches(BUTTONS)) continue;
    if (
      matchesAny(buttonText(element), labels) ||
      matchesAny(element.getAttribute('aria-label'), labels) ||
      matchesAny(element.getAttribute('title'), labels)
    ) {
      return element as E;
    }
  }
  return null;
}

/** The first element matching `selector` whose own text reads one of `labels` (headings, tabs). */
export function findByText<E extends Element = HTMLElement>(root: ParentNode, selector: string, labels: readonly string[]): E | null {
  for (const element of deepElements(root)) {
    if (element.matches(selector) && matchesAny(element.textContent, labels)) return element as E;
  }
  return null;
}
