// The dialog that New Connected App opens in newer orgs: "Create a Connected App" or "Create an
// External Client App", then Continue. It opens over App Manager without a navigation, so the App
// Manager guide asks here what to point at.
import { deepQuery, findButtonByText, labelTextOf, matchesAny } from '../../dom/deep-query';
import type { AppPath } from '../../journey/steps';
import { LABELS } from './labels';

export function newAppDialog(doc: Document): Element | null {
  return deepQuery(doc, '[role=dialog][aria-modal="true"]');
}

function choice(dialog: Element, labels: readonly string[]): HTMLInputElement | null {
  return [...dialog.querySelectorAll<HTMLInputElement>('input[type=radio]')].find((radio) => matchesAny(labelTextOf(radio), labels)) ?? null;
}

/** The dialog's control to point at next: the admin's path's option until chosen, then Continue. */
export function dialogTarget(dialog: Element, path: AppPath): Element | null {
  const option = choice(dialog, path === 'eca' ? LABELS.createExternalClientApp : LABELS.createConnectedApp);
  if (option && !option.checked) return option.closest('.slds-radio') ?? option;
  return findButtonByText(dialog, LABELS.continue);
}
