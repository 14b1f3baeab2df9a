// Clicking a link the way a person does, for the page's own handlers, without following its
// address. Classic Setup's list box buttons are links to "javascript:void(0)" whose onclick does
// the work; a link followed from a content script runs under the extension's Content Security
// Policy, which refuses javascript: URLs and logs the refusal in the page's console. So the
// click's default action (the navigation) is cancelled: the handlers run, nothing is followed.

/** The mouse events of a click, in the order a person's click fires them. */
const CLICK_SEQUENCE = ['mousedown', 'mouseup', 'click'] as const;

export function clickWithoutFollowing(element: Element): void {
  const link = element.closest('a');
  // On the link itself, so that it runs even when a handler stops the event's propagation.
  const cancelNavigation = (event: Event) => event.preventDefault();
  link?.addEventListener('click', cancelNavigation);
  try {
    for (const type of CLICK_SEQUENCE) {
      element.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, button: 0, detail: 1 }));
    }
  } finally {
    link?.removeEventListener('click', cancelNavigation);
  }
}
