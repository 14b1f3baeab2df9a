import { describe, expect, it } from 'vitest';
import { checklist, type ChecklistContext } from '../../lib/journey/checklist';
import { MARKETO_CALLBACK_URL } from '../../lib/journey/recipe';
import { initialProgress, reduce, type Action } from '../../lib/journey/reducer';
import { ITEMS, PREREQUISITE_IDS, itemsOnPath, type ItemId } from '../../lib/journey/steps';
import { ProgressSchema, type AppForm, type Progress } from '../../lib/schema';

const KEY = `3MVG9${'A'.repeat(80)}`;
const context: ChecklistContext = { hasSecret: false, pkce: false, syncUserName: '' };

function run(actions: Action[], start: Progress = initialProgress()): Progress {
  return actions.reduce((progress, action, index) => reduce(progress, action, 1000 + index), start);
}

function statusOf(progress: Progress, id: ItemId, ctx: Partial<ChecklistContext> = {}) {
  return checklist(progress, { ...context, ...ctx }).items.find((item) => item.id === id);
}

const filledEcaForm: AppForm = {
  name: 'Marketo Sync',
  email: 'admin@example.com',
  distributionState: 'Local',
  oauthEnabled: true,
  callbackUrls: [MARKETO_CALLBACK_URL],
  scopesAvailable: 0,
  pkce: false,
  requireSecretForWebServerFlow: true,
  requireSecretForRefreshTokenFlow: true,
  flowsEnabled: [],
};

describe('the journey as data', () => {
  it('has unique ids, every prerequisite of docs/journey.md, and both paths', () => {
    const ids = ITEMS.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ITEMS.filter((item) => item.phase === 'before').map((item) => item.id)).toEqual([...PREREQUISITE_IDS]);
    expect(itemsOnPath('eca').some((item) => item.path === 'connected-app')).toBe(false);
    expect(itemsOnPath('connected-app').some((item) => item.path === 'eca')).toBe(false);
    expect(itemsOnPath('eca').at(-1)?.id).toBe('mkto-start-sync');
  });
});

describe('reduce and checklist', () => {
  it('starts on the External Client App path with App Manager as the current step', () => {
    const list = checklist(initialProgress(), context);
    expect(list.path).toBe('eca');
    expect(list.current).toBe('sf-open-app-manager');
    expect(list.complete).toBe(false);
    expect(list.items.filter((item) => item.status === 'current')).toHaveLength(1);
  });

  it('walks the External Client App path step by step', () => {
    let progress = initialProgress();
    const expectCurrent = (id: ItemId | undefined) => expect(checklist(progress, context).current).toBe(id);

    progress = run([{ type: 'seen', milestone: 'sf-app-manager' }], progress);
    expectCurrent('eca-new');
    progress = run([{ type: 'seen', milestone: 'eca-form' }], progress);
    expectCurrent('eca-basic-info');
    progress = run([{ type: 'app-form', path: 'eca', form: { name: 'Marketo Sync', email: 'a@b.se', distributionState: 'Local' } }], progress);
    expectCurrent('eca-oauth');
    progress = run([{ type: 'app-form', path: 'eca', form: { ...filledEcaForm, pkce: true } }], progress);
    expectCurrent('eca-policies');
    progress = run([{ type: 'app-form', path: 'eca', form: filledEcaForm }], progress);
    expectCurrent('eca-create');
    progress = run([{ type: 'seen', milestone: 'eca-created' }], progress);
    expectCurrent('eca-open-consumer');
    progress = run([{ type: 'seen', milestone: 'eca-consumer-page' }], progress);
    expectCurrent('eca-capture');
    progress = run([{ type: 'credentials-held', key: KEY, source: 'captured' }], progress);
    expect(checklist(progress, { ...context, hasSecret: true }).current).toBe('mkto-open-sync');
    expect(statusOf(progress, 'app-credentials', { hasSecret: true })?.status).toBe('done');
  });

  it('walks the Marketo phase to a complete journey', () => {
    const milestones = [
      'mkto-sync-page',
      'mkto-credentials-saved',
      'mkto-popup-opened',
      'sf-signed-in',
      'sf-verified',
      'sf-allowed',
      'mkto-confirmed',
      'mkto-sf-sync-started',
    ] as const;
    const expected: ItemId[] = [
      'mkto-enter-credentials',
      'mkto-login',
      'mkto-sign-in',
      'mkto-verify',
      'mkto-allow',
      'mkto-confirm',
      'mkto-start-sf-sync',
      'mkto-start-sync',
    ];
    let progress = run([{ type: 'credentials-held', key: KEY, source: 'pasted' }]);
    milestones.forEach((milestone, index) => {
      progress = run([{ type: 'seen', milestone }], progress);
      expect(checklist(progress, { ...context, hasSecret: true }).current).toBe(expected[index]);
    });
    progress = run([{ type: 'seen', milestone: 'mkto-sync-running' }], progress);
    const done = checklist(progress, context);
    expect(done.complete).toBe(true);
    expect(done.current).toBeUndefined();
    expect(progress.completedAt).toBeDefined();
    // The secret is deleted when the sync runs; that is not a problem any more.
    expect(statusOf(progress, 'app-credentials')?.status).toBe('done');
    expect(done.items.filter((item) => item.phase !== 'before').every((item) => item.status === 'done')).toBe(true);
  });

  it('walks the Connected App path, chosen by opening its form', () => {
    let progress = run([
      { type: 'seen', milestone: 'sf-app-manager' },
      { type: 'seen', milestone: 'ca-form' },
    ]);
    expect(progress.path).toBe('connected-app');
    expect(progress.pathSource).toBe('observed');
    expect(checklist(progress, context).current).toBe('ca-basic-info');
    progress = run([{ type: 'app-form', path: 'connected-app', form: { name: 'Marketo Sync', email: 'a@b.se', oauthEnabled: true, callbackUrls: [MARKETO_CALLBACK_URL], scopesAvailable: 0, pkce: false } }], progress);
    expect(checklist(progress, context).current).toBe('ca-save');
    progress = run([{ type: 'seen', milestone: 'ca-saved' }, { type: 'seen', milestone: 'ca-consumer-page' }], progress);
    expect(checklist(progress, context).current).toBe('ca-capture');
  });

  it('lets the admin switch the path, and the next app form the admin opens switches it back', () => {
    let progress = run([{ type: 'choose-path', path: 'connected-app' }]);
    expect(progress).toMatchObject({ path: 'connected-app', pathSource: 'admin' });
    expect(checklist(progress, context).items.some((item) => item.id === 'ca-new')).toBe(true);
    expect(checklist(progress, context).items.some((item) => item.id === 'eca-new')).toBe(false);
    progress = run([{ type: 'seen', milestone: 'eca-form' }], progress);
    expect(progress).toMatchObject({ path: 'eca', pathSource: 'observed' });
  });

  it('moves to the External Client App path when Connected App creation is off', () => {
    const progress = run([{ type: 'choose-path', path: 'connected-app' }, { type: 'connected-apps-disabled' }]);
    expect(progress.path).toBe('eca');
    expect(progress.connectedAppsDisabled).toBe(true);
    const back = run([{ type: 'choose-path', path: 'connected-app' }], progress);
    expect(statusOf(back, 'ca-new')).toMatchObject({ status: 'attention', reason: 'connected-apps-disabled' });
  });

  it('counts steps done without the extension when a later step is seen (out of order)', () => {
    const progress = run([{ type: 'seen', milestone: 'eca-consumer-page' }]);
    const list = checklist(progress, context);
    for (const id of ['sf-open-app-manager', 'eca-new', 'eca-basic-info', 'eca-oauth', 'eca-policies', 'eca-create'] as const) {
      expect(statusOf(progress, id)?.status).toBe('done');
    }
    expect(list.current).toBe('eca-capture');
    // Prerequisites are not implied by later steps: the admin still confirms them.
    expect(statusOf(progress, 'api-access')?.status).toBe('todo');
  });

  it('accepts milestones seen in any order and keeps the first time each was seen', () => {
    const progress = run([
      { type: 'seen', milestone: 'eca-created' },
      { type: 'seen', milestone: 'sf-app-manager' },
      { type: 'seen', milestone: 'eca-created' },
    ]);
    expect(progress.seen['eca-created']).toBe(1000);
    expect(checklist(progress, context).current).toBe('eca-open-consumer');
  });

  it('reopens a step when the page shows it is no longer true (undo)', () => {
    let progress = run([
      { type: 'seen', milestone: 'eca-form' },
      { type: 'app-form', path: 'eca', form: filledEcaForm },
    ]);
    expect(checklist(progress, context).current).toBe('eca-create');
    progress = run([{ type: 'app-form', path: 'eca', form: { ...filledEcaForm, callbackUrls: ['https://app.marketo.com/wrong'] } }], progress);
    expect(checklist(progress, context).current).toBe('eca-oauth');
    progress = run([{ type: 'app-form', path: 'eca', form: { ...filledEcaForm, scopesAvailable: 2 } }], progress);
    expect(checklist(progress, context).current).toBe('eca-oauth');
    progress = run([{ type: 'app-form', path: 'eca', form: { ...filledEcaForm, name: '  ' } }], progress);
    expect(checklist(progress, context).current).toBe('eca-basic-info');
  });

  it('flags the saved app when the read-back differs from the recipe, even after later steps', () => {
    const created = run([{ type: 'seen', milestone: 'eca-created' }]);
    const wrongCallback = run([{ type: 'app-settings', path: 'eca', settings: { callbackUrls: ['https://app.marketo.com/x'], scopes: ['api', 'refresh_token'] } }], created);
    expect(statusOf(wrongCallback, 'eca-oauth')).toMatchObject({ status: 'attention', reason: 'callback-mismatch' });
    expect(checklist(wrongCallback, context).current).toBe('eca-oauth');

    const missingScope = run([{ type: 'app-settings', path: 'eca', settings: { callbackUrls: [MARKETO_CALLBACK_URL], scopes: ['api'] } }], created);
    expect(statusOf(missingScope, 'eca-oauth')).toMatchObject({ status: 'attention', reason: 'scopes-missing' });

    const pkceOn = run([{ type: 'app-settings', path: 'eca', settings: { callbackUrls: [MARKETO_CALLBACK_URL], scopes: ['api', 'refresh_token'], pkce: true } }], created);
    expect(statusOf(pkceOn, 'eca-policies')).toMatchObject({ status: 'attention', reason: 'pkce-mismatch' });
    // The recipe's PKCE choice comes from the options.
    expect(statusOf(pkceOn, 'eca-policies', { pkce: true })?.status).toBe('done');

    const fixed = run([{ type: 'app-settings', path: 'eca', settings: { callbackUrls: [MARKETO_CALLBACK_URL], scopes: ['api', 'refresh_token', 'full'], pkce: false } }], wrongCallback);
    expect(statusOf(fixed, 'eca-oauth')?.status).toBe('done');
  });

  it('warns on the prerequisites the pages report, and clears the warning when fixed', () => {
    let progress = run([{ type: 'popups', state: 'blocked' }, { type: 'oauth-feature', state: 'basic' }]);
    expect(statusOf(progress, 'popups')).toMatchObject({ status: 'attention', reason: 'popups-blocked' });
    expect(statusOf(progress, 'oauth-feature')).toMatchObject({ status: 'attention', reason: 'basic-auth' });
    // A tick does not hide what the browser reports.
    progress = run([{ type: 'tick', item: 'popups', done: true }], progress);
    expect(statusOf(progress, 'popups')?.status).toBe('attention');
    progress = run([{ type: 'popups', state: 'allowed' }, { type: 'oauth-feature', state: 'oauth' }], progress);
    expect(statusOf(progress, 'popups')?.status).toBe('done');
    expect(statusOf(progress, 'oauth-feature')?.status).toBe('done');
  });

  it('takes the admin ticks for what only the admin can confirm, and untick', () => {
    let progress = run([{ type: 'tick', item: 'api-access', done: true }, { type: 'tick', item: 'sync-user', done: true }]);
    expect(statusOf(progress, 'api-access')).toMatchObject({ status: 'done', adminConfirms: true, tickable: true });
    expect(statusOf(progress, 'sync-user')?.status).toBe('done');
    progress = run([{ type: 'tick', item: 'sync-user', done: false }], progress);
    expect(statusOf(progress, 'sync-user')?.status).toBe('todo');
    expect(statusOf(progress, 'app-credentials')?.tickable).toBe(false);
  });

  it('says the secret is gone when the key is held without it (browser restarted)', () => {
    const progress = run([{ type: 'credentials-held', key: KEY, source: 'captured' }]);
    expect(statusOf(progress, 'app-credentials', { hasSecret: false })).toMatchObject({ status: 'attention', reason: 'secret-gone' });
    const cleared = run([{ type: 'credentials-cleared' }], progress);
    expect(cleared.consumerKey).toBeUndefined();
    expect(statusOf(cleared, 'app-credentials')?.status).toBe('todo');
  });

  it('flags an OAuth error on the sign-in step until the next attempt', () => {
    let progress = run([{ type: 'seen', milestone: 'mkto-popup-opened' }, { type: 'oauth-error', code: 'redirect_uri_mismatch' }]);
    expect(statusOf(progress, 'mkto-login')).toMatchObject({ status: 'attention', reason: 'oauth-error' });
    progress = run([{ type: 'seen', milestone: 'mkto-popup-opened' }], progress);
    expect(progress.oauthError).toBeUndefined();
    expect(statusOf(progress, 'mkto-login')?.status).toBe('done');
  });

  it('warns when the approval page names someone other than the sync user', () => {
    const progress = run([{ type: 'approval-user', user: 'Ada Admin (ada@acme.com)' }]);
    expect(statusOf(progress, 'mkto-sign-in', { syncUserName: 'marketo.sync@acme.com' })).toMatchObject({ status: 'attention', reason: 'wrong-user' });
    expect(statusOf(progress, 'mkto-sign-in', { syncUserName: 'ada@acme.com' })?.status).not.toBe('attention');
    // Without a named sync user there is nothing to compare.
    expect(statusOf(progress, 'mkto-sign-in')?.status).not.toBe('attention');
  });

  it('flags Allow when Marketo’s window reached another org than the credentials’, until the next attempt', () => {
    const sandbox = { name: 'acme--uat', sandbox: true };
    let progress = run([
      { type: 'credentials-held', key: KEY, source: 'captured', org: sandbox },
      { type: 'seen', milestone: 'mkto-popup-opened' },
      { type: 'window-org', org: { name: 'acme', sandbox: false } },
    ]);
    expect(statusOf(progress, 'mkto-allow')).toMatchObject({ status: 'attention', reason: 'wrong-org' });
    progress = run([{ type: 'seen', milestone: 'mkto-popup-opened' }], progress);
    expect(progress.windowOrg).toBeUndefined();
    progress = run([{ type: 'window-org', org: sandbox }], progress);
    expect(statusOf(progress, 'mkto-allow')?.status).not.toBe('attention');
  });

  it('keeps the org with captured credentials, and none for pasted ones or after clearing', () => {
    const org = { name: 'acme', sandbox: false };
    let progress = run([{ type: 'credentials-held', key: KEY, source: 'captured', org }]);
    expect(progress.credentialOrg).toEqual(org);
    progress = run([{ type: 'credentials-held', key: KEY, source: 'pasted' }], progress);
    expect(progress.credentialOrg).toBeUndefined();
    progress = run([{ type: 'credentials-held', key: KEY, source: 'captured', org }, { type: 'credentials-cleared' }], progress);
    expect(progress.credentialOrg).toBeUndefined();
  });

  it('does not wait for an Allow page that never comes: access given ends sign-in, verification and Allow', () => {
    const progress = run([
      { type: 'seen', milestone: 'mkto-credentials-saved' },
      { type: 'seen', milestone: 'mkto-popup-opened' },
      { type: 'seen', milestone: 'sf-allowed' },
    ]);
    for (const id of ['mkto-sign-in', 'mkto-verify', 'mkto-allow'] as const) expect(statusOf(progress, id)?.status).toBe('done');
    expect(checklist(progress, context).current).toBe('mkto-confirm');
  });

  it('learns hosts, and produces progress that always passes its own schema', () => {
    const progress = run([
      { type: 'host-learned', side: 'salesforce', origin: 'https://acme.lightning.force.com' },
      { type: 'host-learned', side: 'marketo', origin: 'https://app-ab12.marketo.com', inShell: false },
      { type: 'seen', milestone: 'sf-app-manager' },
      { type: 'app-form', path: 'eca', form: filledEcaForm },
      { type: 'credentials-held', key: KEY, source: 'captured' },
    ]);
    expect(progress.hosts).toEqual({ salesforce: 'https://acme.lightning.force.com', marketo: 'https://app-ab12.marketo.com', marketoInShell: false });
    expect(ProgressSchema.safeParse(progress).success).toBe(true);
  });

  it('returns the same object when an action changes nothing, so nothing is written', () => {
    const progress = run([{ type: 'host-learned', side: 'salesforce', origin: 'https://acme.lightning.force.com' }]);
    expect(reduce(progress, { type: 'host-learned', side: 'salesforce', origin: 'https://acme.lightning.force.com' }, 5)).toBe(progress);
  });
});

describe('what counts as evidence of earlier steps', () => {
  it('does not take a visit to Marketo’s sync page as proof that the Salesforce app exists', () => {
    const progress = run([{ type: 'seen', milestone: 'mkto-sync-page' }]);
    expect(checklist(progress, context).current).toBe('sf-open-app-manager');
    expect(statusOf(progress, 'mkto-open-sync')?.status).toBe('done');
  });

  it('takes saved credentials in Marketo as proof that the app was created', () => {
    const progress = run([{ type: 'seen', milestone: 'mkto-credentials-saved' }]);
    expect(statusOf(progress, 'eca-create')?.status).toBe('done');
    expect(checklist(progress, context).current).toBe('mkto-login');
  });
});
