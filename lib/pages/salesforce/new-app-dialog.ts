// The dialog that New Connected App opens in newer orgs: "Create a Connected App" or "Create an
// External Client App", then Continue. It opens over App Manager without a navigation, so the App
// Manager guide asks here what to point at.
import { deepElements, deepQuery, findButtonByText, labelTextOf, matchesAny } from '../../dom/deep-query';
import type { AppPath } from '../../journey/steps';
import { LABELS } from './labels';

export function newAppDialog(doc: Document): Element | null {
  return deepQuery(doc, '[role=dialog][aria-modal="true"]');
}

/** The option whose label reads one of `labels`; across shadow roots, where a lightning-radio-group draws its radios. */
function choice(dialog: Element, labels: readonly string[]): HTMLInputElement | null {
  for (const element of deepElements(dialog)) {
    if (element instanceof HTMLInputElement && element.type === 'radio' && matchesAny(labelTextOf(element), labels)) return element;
  }
  return null;
}

/** The dialog's control to point at next: the admin's path's option until chosen, then Continue. */
export function dialogTarget(dialog: Element, path: AppPath): Element | null {
  const option = choice(dialog, path === 'eca' ? LABELS.createExternalClientApp : LABELS.createConnectedApp);
  if (option && !option.checked) return option.closest('.slds-radio') ?? option;
  return findButtonByText(dialog, LABELS.continue);
}
