// Facts on Sync with Salesforce that happen without a navigation: the admin clicks Save, Login
// with Salesforce (did the window open?), Confirm Credentials, Start Salesforce Sync; the page says
// its popup was blocked; the sync starts running. Reported as observations; the background turns them into progress and
// the guide follows from there.
import { throttleToFrame } from '../../dom/throttle';
import type { Observation } from '../../schema';
import { syncPage } from './sync-page';

/** How long after a click on Login with Salesforce the page has to say its window was blocked. */
export const POPUP_VERDICT_MS = 1200;

type Report = (observation: Observation) => void;

/**
 * @param pageChanged called when the page changes in place in a way the guide's words depend on
 *   (its blocked message, a dialog, the running status), which no navigation or progress signals.
 */
export function watchSyncPage(document: Document, signal: AbortSignal, report: Report, pageChanged: () => void): void {
  const seen = (milestone: Extract<Observation, { type: 'seen' }>['milestone']) => report({ type: 'seen', milestone });

  document.addEventListener(
    'click',
    (event) => guarded(() => {
      const target = event.target instanceof Element ? event.target : null;
      if (!target || (!syncPage.auth(document) && !syncPage.confirm(document))) return;
      // The button or something inside it; never a container around it (a click on the panel).
      const clicked = (button: Element | null) => Boolean(button && button.contains(target));
      if (clicked(syncPage.save(document)) && credentialsTyped(document)) seen('mkto-credentials-saved');
      else if (clicked(syncPage.login(document))) judgeLogin(document, signal, report);
      else if (clicked(syncPage.confirm(document))) seen('mkto-confirmed');
      else if (clicked(syncPage.startSalesforceSync(document))) seen('mkto-sf-sync-started');
    }),
    { capture: true, signal },
  );

  // The running status and the blocked message appear in place; report each once it shows.
  let running = false;
  let blocked = false;
  let dialog = false;
  // Marketo draws the next Admin page a moment after the hash changed; the page going away is a
  // change too, so that its guidance goes with it.
  let shown = false;
  // The first look only learns the page as the watch found it: the guide has just been drawn for it.
  let learning = true;
  // Each look walks the page: at most one a frame, however busy ExtJS is.
  const look = throttleToFrame(() => guarded(() => {
    // Only on Sync with Salesforce: the same words elsewhere in Marketo do not end the journey.
    const nowRunning = syncPage.auth(document) !== null && syncPage.syncRunningShown(document);
    const nowBlocked = syncPage.popupBlockedShown(document);
    const nowDialog = syncPage.confirm(document) !== null;
    const nowShown = syncPage.auth(document) !== null;
    if (nowRunning && !running) seen('mkto-sync-running');
    if (nowBlocked && !blocked) report({ type: 'popups', state: 'blocked' });
    // Marketo asks to confirm only once Salesforce gave it access: with or without an Allow page
    // (pre-authorised users never see one), that step is behind the admin.
    if (nowDialog && !dialog) seen('sf-allowed');
    const changed = nowRunning !== running || nowBlocked !== blocked || nowDialog !== dialog || nowShown !== shown;
    [running, blocked, dialog, shown] = [nowRunning, nowBlocked, nowDialog, nowShown];
    if (changed && !learning) pageChanged();
    learning = false;
  }));
  const observer = new MutationObserver(look);
  // The body: Marketo puts its dialogs there, beside the panel that holds the page.
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'class', 'style'] });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    look.cancel();
  }, { once: true });
  // What the page already shows is reported as if it had just appeared.
  look();
}

/** Runs a listener so that nothing it meets on an unexpected page reaches the page's console. */
function guarded(listener: () => void): void {
  try {
    listener();
  } catch {
    // An unexpected page degrades to the guide's words; the watcher reports nothing this time.
  }
}

/** Both fields of the OAuth form hold something (a basic-authentication Save is not a step of this journey). */
function credentialsTyped(document: Document): boolean {
  const fields = [syncPage.consumerKey(document), syncPage.consumerSecret(document)];
  return fields.every((field) => Boolean(field?.value.trim()));
}

/**
 * After the click, Marketo either opened its window or says it was blocked. Only the popup's own
 * first page proves that it opened ('mkto-popup-opened' and pop-ups allowed come from there,
 * lib/pages/oauth). From here only the blocked message counts: its silence proves nothing, as
 * Marketo's words are known in few of its languages and a blocker may close the window unsaid.
 */
function judgeLogin(document: Document, signal: AbortSignal, report: Report): void {
  const cancel = () => clearTimeout(timer);
  const timer = setTimeout(() => {
    signal.removeEventListener('abort', cancel);
    guarded(() => {
      if (syncPage.popupBlockedShown(document)) report({ type: 'popups', state: 'blocked' });
    });
  }, POPUP_VERDICT_MS);
  signal.addEventListener('abort', cancel, { once: true });
}
