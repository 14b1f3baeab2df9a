// The background's answers to runtime messages. Every request is parsed before it gets here;
// this decides who may ask for what and turns requests into reducer actions.
import { parseConsumerKey, parseConsumerSecret } from '../credentials';
import { initialProgress, type Action } from '../journey/reducer';
import type { Request, Responses, CredentialsResult } from '../messages';
import { allowPopups, checkPopups, knownMarketoOrigin, revertPopups, type PopupSites, type PopupsAnswer } from '../popups';
import { addNotice, clearNotices, deleteSecret, readSecret, readSettingsRepairing, writeSecret } from '../storage';
import { checklist } from '../journey/checklist';
import { forgetKeptSecret, keepIfEnabled } from '../kept-secret';
import { applyAction, repairProgress, replaceProgress } from './progress-store';
import { isAdobeShellHost, salesforceOrgFromHost, type SalesforceOrg } from '../hosts';
import { isOAuthWindow } from './oauth-window';
import { isConsoleFrame, isExtensionPage, isMarketoAdminFrame, isSalesforceCaptureFrame, learnedOrigin, type Sender } from './senders';

type Answer<R extends Request> = Responses[R['kind']];

export async function handleRequest<R extends Request>(request: R, sender: Sender): Promise<Answer<R> | undefined> {
  return (await answer(request, sender)) as Answer<R> | undefined;
}

async function answer(request: Request, sender: Sender): Promise<Responses[Request['kind']] | undefined> {
  switch (request.kind) {
    case 'observe': {
      if (!isConsoleFrame(sender)) return undefined;
      // Marketo's OAuth window is not Setup: its My Domain names the org it signed in to (recorded
      // after the observation, which may start a new attempt), and Setup's address is learned
      // from Setup only.
      const inWindow = await isOAuthWindow(sender.tab?.id);
      const learned = inWindow ? null : learnedOrigin(sender);
      if (learned) {
        const { side, origin } = learned;
        const { before, after } = await applyAction(
          side === 'marketo' ? { type: 'host-learned', side, origin, inShell: sitesOf(sender).inShell } : { type: 'host-learned', side, origin },
        );
        // The admin's Marketo, first seen (or another one, or now in the shell): there are hosts to judge pop-ups for.
        if (before.hosts.marketo !== after.hosts.marketo || before.hosts.marketoInShell !== after.hosts.marketoInShell) await refreshPopups();
      }
      await act(request.observation);
      const windowOrg = inWindow ? salesforceOrgFromHost(new URL(sender.url!).hostname) : null;
      if (windowOrg) await applyAction({ type: 'window-org', org: windowOrg });
      return { ok: true };
    }
    case 'oauth-window':
      // Asked by the content scripts of the top frame: the OAuth guide runs there, Setup's stands down.
      if (!isConsoleFrame(sender)) return undefined;
      return { oauthWindow: sender.frameId === 0 && (await isOAuthWindow(sender.tab?.id)) };
    case 'guide-context': {
      if (!isConsoleFrame(sender)) return undefined;
      const [progress, settings, hasSecret] = await Promise.all([repairProgress(), readSettingsRepairing(), readSecret()]);
      const list = checklist(progress, { hasSecret: hasSecret !== undefined, pkce: settings.pkce, syncUserName: settings.syncUserName });
      return { progress, settings, checklist: list };
    }
    case 'captured':
      if (!isSalesforceCaptureFrame(sender)) return undefined;
      // The org is the one whose Setup shows the key: the browser's account of the tab's host.
      return holdCredentials(request.key, request.secret, 'captured', salesforceOrgFromHost(new URL(sender.tab!.url!).hostname) ?? undefined);
    case 'secret-for-fill': {
      if (!isMarketoAdminFrame(sender)) return undefined;
      const [{ consumerKey }, secret] = await Promise.all([repairProgress(), readSecret()]);
      // Both or nothing: a key without its secret would be half a fill.
      return consumerKey && secret ? { key: consumerKey, secret } : {};
    }
    case 'check-popups':
    case 'allow-popups':
      // Also from the guide on Marketo's Sync with Salesforce page, where the popup is needed.
      if (isMarketoAdminFrame(sender)) return popupsRequest(request.kind, sitesOf(sender));
  }

  // Everything below is the admin's own action, from the popup or the options page.
  if (!isExtensionPage(sender)) return undefined;
  switch (request.kind) {
    case 'tick':
      await act({ type: 'tick', item: request.item, done: request.done });
      return { ok: true };
    case 'choose-path':
      await act({ type: 'choose-path', path: request.path });
      return { ok: true };
    case 'paste-credentials':
      return holdCredentials(request.key, request.secret, 'pasted');
    case 'clear-credentials':
      await deleteSecret();
      await forgetKeptSecret();
      await act({ type: 'credentials-cleared' });
      return { ok: true };
    case 'reset': {
      // Start over for another org and Marketo instance: nothing of the last pair is kept.
      await replaceProgress(initialProgress());
      await deleteSecret();
      await forgetKeptSecret();
      await clearNotices();
      await revertPopups();
      await refreshPopups();
      return { ok: true };
    }
    case 'check-popups':
    case 'allow-popups':
      return popupsRequest(request.kind, await knownSites());
    case 'dismiss-notices':
      await clearNotices();
      return { ok: true };
  }
}

/** Reduces one action, then does what the new progress requires outside of progress. */
async function act(action: Action): Promise<void> {
  const { before, after } = await applyAction(action);
  if (before.path === 'connected-app' && after.path === 'eca' && after.connectedAppsDisabled) {
    await addNotice('switched-to-eca');
  }
  // Once the sync runs the secret has done its job: keep it no longer than needed. The pop-ups
  // allowed for the sign-in go back to the browser's setting too.
  if (after.completedAt !== undefined && (await readSecret()) !== undefined) {
    await deleteSecret();
    await forgetKeptSecret();
  }
  if (after.completedAt !== undefined && before.completedAt === undefined) await revertPopups();
}

async function holdCredentials(rawKey: string, rawSecret: string, source: 'captured' | 'pasted', org?: SalesforceOrg): Promise<CredentialsResult> {
  const key = parseConsumerKey(rawKey);
  const secret = parseConsumerSecret(rawSecret);
  if (!key.ok || !secret.ok) {
    return { ok: false, ...(key.ok ? {} : { key: key.problem }), ...(secret.ok ? {} : { secret: secret.problem }) };
  }
  await writeSecret(secret.value);
  await keepIfEnabled(secret.value);
  await act({ type: 'credentials-held', key: key.value, source, ...(org ? { org } : {}) });
  return { ok: true };
}

/**
 * The popup prerequisite: Chrome's setting read again, or set to allow, for exactly the admin's
 * Marketo (and the shell around it); progress follows. Without a known Marketo nothing is judged.
 */
async function popupsRequest(kind: 'check-popups' | 'allow-popups', sites: PopupSites | null): Promise<PopupsAnswer> {
  const answer = kind === 'check-popups' ? await checkPopups(sites) : await allowPopups(sites);
  if (sites && answer.state !== 'unsupported') await act({ type: 'popups', state: answer.state });
  return answer;
}

/** The Marketo frame that asks, and whether its tab is the Experience Cloud shell. */
function sitesOf(sender: Sender): PopupSites {
  return { marketo: new URL(sender.url!).origin, inShell: isAdobeShellHost(new URL(sender.tab!.url!).hostname) };
}

/** From the popup: the Marketo learned from its pages or typed in the options, and the shell if it was seen in one. */
async function knownSites(): Promise<PopupSites | null> {
  const [progress, settings] = await Promise.all([repairProgress(), readSettingsRepairing()]);
  const marketo = knownMarketoOrigin(progress, settings);
  return marketo ? { marketo, inShell: progress.hosts.marketo === marketo && progress.hosts.marketoInShell === true } : null;
}

/** Asks the browser whether the admin's Marketo may open popups, and records the answer. */
export async function refreshPopups(): Promise<PopupsAnswer> {
  return popupsRequest('check-popups', await knownSites());
}
