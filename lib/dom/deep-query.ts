// Finding controls the way an admin does, across Lightning's shadow roots: by id or name first,
// then by the label's text in the page's language, then by role and structure. Page modules pass
// the words of the page's language (labels.ts), because Setup is fully translated; how a label is
// tied to its control is described in docs/pages.md, "Labels and languages".

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** Chrome's way into closed shadow roots, for content scripts (chrome.dom). */
type ChromeDom = { openOrClosedShadowRoot?: (element: HTMLElement) => ShadowRoot | null };
/** Firefox's way: a property that only extension code sees on elements. */
type FirefoxElement = HTMLElement & { openOrClosedShadowRoot?: ShadowRoot | null };

/**
 * A shadow root the content script may enter: open ones on any element, and closed ones on custom
 * elements where the browser lets us (Chrome's chrome.dom, Firefox's openOrClosedShadowRoot).
 * Components (Lightning's among them) are custom elements; asking Chrome about every <div> of a
 * long list cost Marketo's busy Admin pages most of a frame per walk.
 */
export function shadowRootOf(element: Element): ShadowRoot | null {
  if (element.shadowRoot) return element.shadowRoot;
  if (element.namespaceURI !== HTML_NS || !element.localName.includes('-')) return null;
  try {
    const firefox = (element as FirefoxElement).openOrClosedShadowRoot;
    if (firefox !== undefined) return firefox;
    const dom = (globalThis as { chrome?: { dom?: ChromeDom } }).chrome?.dom;
    return dom?.openOrClosedShadowRoot?.(element as HTMLElement) ?? null;
  } catch {
    // Chrome throws for some elements; that simply means "none".
    return null;
  }
}

/** The element's parent, or the host of the shadow root it sits at the top of; null at the document's top. */
export function parentAcrossShadow(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
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

/**
 * The labels of a table, normalised once: a fill looks its labels up against every control on
 * the form dozens of times, and normalising each table on each lookup cost it milliseconds.
 */
const normalisedTables = new WeakMap<readonly string[], ReadonlySet<string>>();
export function normalisedLabels(labels: readonly string[]): ReadonlySet<string> {
  let normal = normalisedTables.get(labels);
  if (!normal) {
    normal = new Set(labels.map(normaliseLabel).filter((label) => label !== ''));
    normalisedTables.set(labels, normal);
  }
  return normal;
}

export function matchesAny(text: string | null | undefined, labels: readonly string[]): boolean {
  return normalisedLabels(labels).has(normaliseLabel(text));
}

export const CONTROLS = 'input:not([type=hidden]), textarea, select, [role=combobox], [role=checkbox], [role=listbox]';

/** A label as a person reads it: its words, and the elements that show them (none for an aria-label). */
interface Label {
  text: string;
  elements: Element[];
}

type Association = (control: Element, root: Document | ShadowRoot) => Label | null;

const byIds = (ids: string | null, root: Document | ShadowRoot): Element[] =>
  (ids ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => root.getElementById?.(id))
    .filter((element): element is HTMLElement => Boolean(element));

/**
 * How a label is tied to its control, in the order a person (and a screen reader) reads them: its
 * aria-label or aria-labelledby, a <label for> it, a <label> around it (without the words its
 * aria-describedby points at, such as a toggle's "Active"/"Inactive"), or the classic Setup
 * layout's two-cell table row, whose label cell (th, or td.labelCol) names the control in the
 * row's data cell (Salesforce's classic forms do not always give those labels a `for`).
 */
const ASSOCIATIONS: readonly Association[] = [
  (control) => {
    const aria = control.getAttribute('aria-label');
    return aria ? { text: aria, elements: [] } : null;
  },
  (control, root) => {
    const ids = control.getAttribute('aria-labelledby');
    if (!ids) return null;
    const elements = byIds(ids, root);
    return { text: elements.map((element) => element.textContent ?? '').join(' '), elements };
  },
  (control, root) => {
    const label = control.id ? root.querySelector?.(`label[for="${CSS.escape(control.id)}"]`) : null;
    return label ? { text: label.textContent ?? '', elements: [label] } : null;
  },
  (control, root) => {
    const wrapping = control.closest('label');
    return wrapping ? { text: textWithout(wrapping, byIds(control.getAttribute('aria-describedby'), root)), elements: [wrapping] } : null;
  },
  (control) => {
    const cell = rowLabelOf(control);
    return cell ? { text: cell.textContent ?? '', elements: [cell] } : null;
  },
];

const labelsOf = (control: Element): Label[] => {
  const root = control.getRootNode() as Document | ShadowRoot;
  return ASSOCIATIONS.map((association) => association(control, root)).filter((label): label is Label => label !== null);
};

/** The words a person reads as the control's label: those of the first association that exists. */
export function labelTextOf(control: Element): string {
  const root = control.getRootNode() as Document | ShadowRoot;
  for (const association of ASSOCIATIONS) {
    const label = association(control, root);
    if (label) return label.text;
  }
  return '';
}

/** Every element a person may read as the control's label, by any of the associations (for keeping them in sight). */
export function labelElementsOf(control: Element): Element[] {
  return [...new Set(labelsOf(control).flatMap((label) => label.elements))];
}

function textWithout(element: Element, excluded: Element[]): string {
  if (excluded.length === 0) return element.textContent ?? '';
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!excluded.some((skip) => skip.contains(node))) text += node.textContent;
  }
  return text;
}

/**
 * The label cell of the two-cell row whose data cell holds `control`, or null. Only the nearest
 * row counts, and only when its data cell holds no other control: a list box nested in a table of
 * its own, or a cell of several controls, has no single label there.
 */
function rowLabelOf(control: Element): Element | null {
  const cell = control.closest('td');
  const row = cell?.parentElement;
  if (!cell || !row || row.localName !== 'tr' || cell.classList.contains('labelCol')) return null;
  const labelCells = [...row.children].filter((child) => child !== cell && (child.localName === 'th' || child.classList.contains('labelCol')));
  if (labelCells.length !== 1) return null;
  const controls = [...cell.querySelectorAll(CONTROLS)];
  return controls.length === 1 && controls[0] === control ? labelCells[0] : null;
}

/** The form control whose label reads one of `labels` (in any of the page's languages). */
export function findControlByLabel<E extends Element = HTMLInputElement>(root: ParentNode, labels: readonly string[]): E | null {
  for (const element of deepElements(root)) {
    if (element.matches(CONTROLS) && matchesAny(labelTextOf(element), labels)) return element as E;
  }
  return null;
}

/** The control matching `selector` whose label contains `word` (a term no translation changes, such as "PKCE"). */
export function findControlByLabelWord<E extends Element = HTMLInputElement>(root: ParentNode, selector: string, word: string): E | null {
  for (const element of deepElements(root)) {
    if (element.matches(selector) && labelTextOf(element).includes(word)) return element as E;
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
