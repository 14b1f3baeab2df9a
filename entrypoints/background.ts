import { handleRequest, refreshPopups } from '../lib/background/hub';
import { injectMarketoRecogniser } from '../lib/background/marketo-injection';
import { watchOAuthWindows } from '../lib/background/oauth-window';
import { repairProgress } from '../lib/background/progress-store';
import { RequestSchema } from '../lib/messages';
import { KEYS, readKeptSecret, readSettingsRepairing } from '../lib/storage';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => {
    const parsed = RequestSchema.safeParse(message);
    if (!parsed.success) {
      // Never echo the message: it may carry a key or a secret.
      console.warn('[oauth-guide] dropped a malformed message');
      return undefined;
    }
    return handleRequest(parsed.data, sender);
  });
  // Registered at once, so that an authorisation request wakes a stopped worker and is seen.
  watchOAuthWindows();
  // Marketo's recogniser, after the page's load event (Firefox declares it in the manifest:
  // entrypoints/marketo.content says why).
  if (!import.meta.env.FIREFOX) injectMarketoRecogniser();

  // Repair unreadable storage as soon as it is seen, so the popup shows the notice, whether it
  // was damaged while the browser was closed or by a write while it runs. A change also wakes a
  // stopped worker; a value that parses costs one read.
  const repair = () => Promise.all([repairProgress(), readSettingsRepairing(), readKeptSecret()]);
  browser.storage.onChanged.addListener((changes, area) => {
    const watched: string[] = [KEYS.progress, KEYS.settings, KEYS.keptSecret];
    if (area === 'local' && Object.keys(changes).some((key) => watched.includes(key))) void repair();
  });
  // Also learn the popup setting, which the admin may have changed while the browser was closed.
  const checkUp = () => Promise.all([repair(), refreshPopups()]);
  browser.runtime.onInstalled.addListener(checkUp);
  browser.runtime.onStartup.addListener(checkUp);
});
