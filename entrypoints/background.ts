import { handleRequest, refreshPopups } from '../lib/background/hub';
import { RequestSchema } from '../lib/messages';
import { readProgressRepairing, readSettingsRepairing } from '../lib/storage';

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

  // Repair unreadable storage early, so the popup shows the notice on its first opening, and
  // learn the popup setting, which the admin may have changed while the browser was closed.
  const checkUp = () => Promise.all([readProgressRepairing(), readSettingsRepairing(), refreshPopups()]);
  browser.runtime.onInstalled.addListener(checkUp);
  browser.runtime.onStartup.addListener(checkUp);
});
