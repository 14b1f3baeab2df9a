// What the guide says on Sync with Salesforce, step by step from progress: the prerequisites and
// the fill, Login with Salesforce (and a blocked popup), waiting for Salesforce, Confirm
// Credentials, Start Salesforce Sync, Start Sync, and the running sync. The two irreversible
// clicks get their warning before the click (docs/journey.md, "Clicks that cannot be undone").
import type { Guidance, GuideAction } from '../../guide/guidance';
import { isOtherOrg, salesforceOrgFromHost } from '../../hosts';
import { t } from '../../i18n';
import type { ChecklistItem } from '../../journey/checklist';
import { oauthErrorHelp, oauthErrorLines } from '../oauth/oauth-errors';
import { orgWords } from '../oauth/org-words';
import type { GuideContext } from '../page-module';
import { createFillAction } from './fill-credentials';
import { allowPopupsForMarketo, probePopups } from './popups-check';
import { openSalesforcePage, SALESFORCE_PAGES } from './salesforce-pages';
import { syncPage } from './sync-page';

export function syncGuidance(document: Document, context: GuideContext, fill: ReturnType<typeof createFillAction>): Guidance {
  const { progress, settings } = context;
  const seen = (milestone: keyof typeof progress.seen) => progress.seen[milestone] !== undefined;
  const syncUser = settings.syncUserName.trim();

  if (syncPage.auth(document) === 'basic') {
    return { key: 'mkto-basic-auth', tone: 'warning', title: t('mkto_basic_title'), body: t('mkto_basic_body'), target: () => syncPage.securityToken(document) };
  }
  if (seen('mkto-sync-running') || syncPage.syncRunningShown(document)) {
    return { key: 'mkto-running', tone: 'success', title: t('mkto_running_title'), body: `${t('mkto_running_body')}\n${t('mkto_popups_given_back')}` };
  }
  if (seen('mkto-sf-sync-started')) {
    const who = progress.approvalUser ? t('mkto_start_sync_user', progress.approvalUser) : t('mkto_start_sync_user_unknown');
    return {
      key: 'mkto-start-sync',
      tone: 'warning',
      title: t('mkto_start_sync_title'),
      body: `${t('mkto_start_sync_body')}\n${who}`,
      target: () => syncPage.startSync(document),
    };
  }
  if (seen('mkto-confirmed')) {
    return { key: 'mkto-start-sf-sync', title: t('mkto_start_sf_sync_title'), body: t('mkto_start_sf_sync_body'), target: () => syncPage.startSalesforceSync(document) };
  }
  if (seen('sf-allowed')) {
    const { windowOrg, credentialOrg } = progress;
    const otherOrg = isOtherOrg(windowOrg, credentialOrg) ? `\n${t('mkto_confirm_wrong_org', [orgWords(windowOrg!), orgWords(credentialOrg!)])}` : '';
    return {
      key: otherOrg ? 'mkto-confirm-wrong-org' : 'mkto-confirm',
      tone: 'warning',
      title: t('mkto_confirm_title'),
      body: `${t('mkto_confirm_body')}${otherOrg}`,
      target: () => syncPage.confirm(document),
    };
  }
  if (progress.oauthError) {
    // Errors Salesforce sends back to Marketo's callback (Deny, a blocked app) are explained only here.
    const help = oauthErrorHelp(progress.oauthError);
    return {
      key: `mkto-oauth-error-${progress.oauthError}`,
      tone: 'warning',
      title: t('mkto_oauth_error_title'),
      body: [t('mkto_oauth_error_body', progress.oauthError), ...oauthErrorLines(help)].join('\n'),
      target: () => syncPage.login(document),
      actions: [retryLogin(document)],
    };
  }
  // Marketo's own words are the evidence: Chrome's setting alone does not stop a window opened
  // at a click, a blocker extension does.
  if (syncPage.popupBlockedShown(document)) {
    return {
      key: 'mkto-popup-blocked',
      tone: 'warning',
      title: t('mkto_blocked_title'),
      body: t('mkto_blocked_body'),
      target: () => syncPage.login(document),
      actions: [
        { id: 'allow-popups', label: t('mkto_action_allow_popups', document.location.host), run: allowPopupsForMarketo },
        retryLogin(document),
      ],
    };
  }
  if (seen('mkto-popup-opened')) {
    return {
      key: 'mkto-in-popup',
      title: t('mkto_in_popup_title'),
      body: syncUser ? t('mkto_in_popup_body_named', syncUser) : t('mkto_in_popup_body'),
      target: () => syncPage.login(document),
      actions: [retryLogin(document)],
    };
  }
  if (seen('mkto-credentials-saved')) {
    return {
      key: 'mkto-login',
      title: t('mkto_login_title'),
      body: syncUser ? t('mkto_login_body_named', syncUser) : t('mkto_login_body'),
      target: () => syncPage.login(document),
      actions: progress.popups === 'allowed' ? [] : [{ id: 'allow-popups', label: t('mkto_action_allow_popups', document.location.host), run: allowPopupsForMarketo }],
    };
  }
  return prerequisitesGuidance(document, context, fill);
}

/** Before anything is typed: the prerequisites with their state, and the fill. */
function prerequisitesGuidance(document: Document, context: GuideContext, fill: ReturnType<typeof createFillAction>): Guidance {
  const item = (id: ChecklistItem['id']) => context.checklist.items.find((candidate) => candidate.id === id);
  const mark = (entry: ChecklistItem | undefined) => (entry?.status === 'done' ? '✓' : entry?.status === 'attention' ? '⚠' : '○');
  const lines = [
    `${mark(item('popups'))} ${t(`mkto_prereq_popups_${context.progress.popups}`)}`,
    `✓ ${t('mkto_prereq_oauth_on')}`,
    `${mark(item('app-credentials'))} ${credentialsLine(item('app-credentials'), context.progress)}`,
    ...otherOrgThanOptions(context),
    `${mark(item('api-access'))} ${t(item('api-access')?.status === 'done' ? 'mkto_prereq_api_done' : 'mkto_prereq_api_todo')}`,
    `${mark(item('sync-user'))} ${syncUserLine(item('sync-user'), context.settings.syncUserName.trim())}`,
  ];
  const actions: GuideAction[] = [];
  if (item('app-credentials')?.status === 'done') actions.push({ id: 'fill', label: t('mkto_action_fill'), run: fill });
  if (item('popups')?.status !== 'done') actions.push({ id: 'allow-popups', label: t('mkto_action_allow_popups', document.location.host), run: allowPopupsForMarketo });
  actions.push({ id: 'test-popups', label: t('mkto_action_test_popups'), run: probePopups });
  if (item('sync-user')?.status !== 'done' || item('api-access')?.status !== 'done') {
    const origin = context.progress.hosts.salesforce;
    if (origin) actions.push({ id: 'open-users', label: t('mkto_action_open_users'), run: () => openSalesforcePage(origin, SALESFORCE_PAGES.users) });
  }
  return {
    key: 'mkto-prerequisites',
    title: t('mkto_prereq_title'),
    body: `${t('mkto_prereq_intro')}\n${lines.join('\n')}`,
    target: () => syncPage.consumerKey(document),
    actions,
  };
}

/** Before the fill: the key comes from another org than the one the admin named in the options. */
function otherOrgThanOptions({ progress, settings }: GuideContext): string[] {
  const named = settings.salesforceOrigin ? salesforceOrgFromHost(new URL(settings.salesforceOrigin).hostname) : null;
  if (!named || !isOtherOrg(named, progress.credentialOrg)) return [];
  return [`⚠ ${t('mkto_prereq_credentials_other_org', [orgWords(progress.credentialOrg!), orgWords(named)])}`];
}

function credentialsLine(entry: ChecklistItem | undefined, { credentialOrg }: GuideContext['progress']): string {
  if (entry?.status === 'done') {
    return credentialOrg ? `${t('mkto_prereq_credentials_held')} ${t('mkto_prereq_credentials_org', orgWords(credentialOrg))}` : t('mkto_prereq_credentials_held');
  }
  if (entry?.reason === 'secret-gone') return t('mkto_prereq_credentials_gone');
  return t('mkto_prereq_credentials_missing');
}

function syncUserLine(entry: ChecklistItem | undefined, name: string): string {
  if (entry?.status === 'done') return name ? t('mkto_prereq_sync_user_done_named', name) : t('mkto_prereq_sync_user_done');
  return t('mkto_prereq_sync_user_todo');
}

/** Clicks Login with Salesforce for the admin, who asked for it with this click. */
function retryLogin(document: Document): GuideAction {
  return {
    id: 'retry-login',
    label: t('mkto_action_retry_login'),
    run: async () => {
      const login = syncPage.login(document);
      if (!login) return { tone: 'warning', lines: [t('mkto_login_not_found')] };
      login.click();
      return { tone: 'info', lines: [t('mkto_login_clicked')] };
    },
  };
}
