// Opening the collapsed sections of a Lightning accordion (lightning-accordion-section) that hold
// the controls the guide fills, so the admin sees what was filled; the other sections (those
// Marketo says to skip) stay as the admin left them, unless a field could not be found. Each
// opened section draws and focuses itself, which costs the page a layout: opening only what is
// needed keeps the fill quick.
// The section is known by SLDS's classes (docs/pages.md, "External Client App form"), in the
// light DOM under synthetic shadow and in the section component's shadow root under native.
import { deepElements, parentAcrossShadow, shadowRootOf } from './deep-query';

const SECTION = '.slds-accordion__section';
const TOGGLE = '.slds-accordion__summary-action';

/**
 * The toggle of the accordion section `control` sits in, if any: an ancestor that is the section,
 * or a component that shows the control (its light-DOM child) through a section in its shadow root.
 */
function sectionToggleOf(control: Element): HTMLElement | null {
  let slotted = false;
  for (let element: Element | null = control; element; ) {
    const section = element.matches(SECTION) ? element : slotted ? shadowRootOf(element)?.querySelector(SECTION) : null;
    if (section) return section.querySelector<HTMLElement>(TOGGLE);
    slotted = element.parentElement !== null;
    element = parentAcrossShadow(element);
  }
  return null;
}

/** Opens each collapsed section that holds one of `controls`, once. */
export function openSectionsAround(controls: readonly (Element | null)[]): void {
  openToggles(new Set(controls.flatMap((control) => (control ? [sectionToggleOf(control)] : []))));
}

/** Opens every collapsed section: where the guide could not find a field, the admin looks for it. */
export function openAllSections(root: ParentNode): void {
  openToggles([...deepElements(root)].filter((element): element is HTMLElement => element.matches(TOGGLE)));
}

function openToggles(toggles: Iterable<HTMLElement | null>): void {
  for (const toggle of toggles) {
    if (toggle?.getAttribute('aria-expanded') === 'false') toggle.click();
  }
}
