// The replica Marketo app's behaviour: what ExtJS does on the real page, in small.
//
// - After load, a loading mask shows while the "framework" starts; then the viewport renders.
// - The hash names the page (#MM0A1 Admin, #SF0A1 Sync with Salesforce). Tree clicks and buttons
//   change the hash; the content panel is re-rendered after a short "request", never reloaded.
// - ExtJS's generated ids (ext-comp-N, ext-gen-N) are renumbered at every render.

(() => {
  const BOOT_DELAY_MS = 600; // framework and first data load
  const PANEL_DELAY_MS = 250; // a panel's data request
  const HOME = 'MM0A1';

  // ExtJS numbers components in creation order; start somewhere different on every load.
  let nextId = 1000 + Math.floor(Math.random() * 4000);
  let renders = 0;

  const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const currentPage = () => location.hash.replace(/^#/, '') || HOME;

  // ExtJS renders its icons as a blank image with a CSS background.
  const BLANK_IMAGE = 'data:image/gif;base64,R0lGODlhAQABAID/AMDAwAAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';

  /** Clones a template and gives every ext-* id (and the labels pointing at it) a fresh number. */
  function instantiate(template) {
    const fragment = template.content.cloneNode(true);
    for (const image of fragment.querySelectorAll('img:not([src])')) image.src = BLANK_IMAGE;
    const renamed = new Map();
    for (const element of fragment.querySelectorAll('[id^="ext-"]')) {
      const prefix = element.id.startsWith('ext-gen') ? 'ext-gen' : 'ext-comp';
      const id = `${prefix}${prefix === 'ext-gen' ? '' : '-'}${nextId++}`;
      renamed.set(element.id, id);
      element.id = id;
      // ExtJS gives a field without a configured name its id as name.
      if (element.matches('input.x-form-field, textarea.x-form-field') && !element.name) element.name = id;
    }
    for (const label of fragment.querySelectorAll('label[for]')) {
      const id = renamed.get(label.htmlFor);
      if (id) label.htmlFor = id;
    }
    return fragment;
  }

  const treeNode = (page) => document.querySelector(`.x-tree-node-el[ext\\:tree-node-id="${CSS.escape(page)}"]`);
  const nodeTitle = (page) => treeNode(page)?.textContent.trim() || 'Admin';

  function selectTreeNode(page) {
    for (const node of document.querySelectorAll('.x-tree-node-el')) {
      node.classList.toggle('x-tree-selected', node.getAttribute('ext:tree-node-id') === page);
    }
  }

  async function renderPage() {
    const page = currentPage();
    const mine = ++renders;
    const content = document.getElementById('mktContent');
    selectTreeNode(page);
    content.classList.add('x-masked');
    content.insertAdjacentHTML('beforeend', '<div class="ext-el-mask"></div><div class="ext-el-mask-msg x-mask-loading"><div>Loading...</div></div>');
    await wait(PANEL_DELAY_MS);
    if (mine !== renders) return; // the admin moved on meanwhile
    const auth = document.documentElement.dataset.auth ?? 'oauth';
    const template =
      document.querySelector(`template[data-panel="${CSS.escape(page)}"][data-auth="${auth}"]`) ??
      document.querySelector(`template[data-panel="${CSS.escape(page)}"]:not([data-auth])`) ??
      document.querySelector('template[data-panel="*"]');
    const title = template.dataset.title || nodeTitle(page);
    const panel = instantiate(template);
    const titleSlot = panel.querySelector('.mkt-node-title');
    if (titleSlot) titleSlot.textContent = title;
    content.classList.remove('x-masked');
    content.replaceChildren(panel);
    document.title = `${title} | Marketo`;
    if (page === 'SF0A1') showSyncStage();
  }

  // Sync with Salesforce. Marketo keeps its progress on the server; the replica keeps it in
  // sessionStorage so that it survives hash changes and reloads in one tab. The secret is not kept.
  //   stage: new -> saved -> authorized -> confirmed -> fields-synced -> sf-sync-started -> running
  const SYNC_KEY = 'mkt-sfdc-sync';
  const OAUTH_REDIRECT_ORIGIN = 'https://app.marketo.com';
  const OAUTH_CALLBACK = `${OAUTH_REDIRECT_ORIGIN}/salesforce/getSfdcOAuthTokensRedirect`;
  // Marketo takes minutes to confirm and sync fields; tests shorten it with the sandbox-delay-ms
  // knob (query parameter or cookie, like sandbox-variant).
  const knob = (name) =>
    new URLSearchParams(location.search).get(name) ??
    document.cookie.split('; ').find((part) => part.startsWith(`${name}=`))?.split('=')[1];
  const SLOW_STEP_MS = Number(knob('sandbox-delay-ms') ?? 4000);

  const syncState = () => JSON.parse(sessionStorage.getItem(SYNC_KEY) ?? '{"stage":"new"}');
  function setSyncState(next) {
    sessionStorage.setItem(SYNC_KEY, JSON.stringify({ ...syncState(), ...next }));
    if (currentPage() === 'SF0A1') showSyncStage();
  }
  const stageAtLeast = (stage) => {
    const order = ['new', 'saved', 'authorized', 'confirmed', 'fields-synced', 'sf-sync-started', 'running'];
    return order.indexOf(syncState().stage) >= order.indexOf(stage);
  };
  const fromTemplate = (id) => instantiate(document.getElementById(id));
  const syncPanel = () => document.querySelector('.mkt-sfdc-sync');

  /** Brings the rendered panel in line with the stage; called after every render and change. */
  function showSyncStage() {
    const panel = syncPanel();
    if (!panel) return;
    const { stage } = syncState();
    const fields = panel.querySelector('.mkt-step-fields');
    const start = panel.querySelector('.mkt-step-start');
    const fieldsBody = fields.querySelector('.x-fieldset-body');
    const startBody = start.querySelector('.x-fieldset-body');
    if (stage === 'authorized' && !fieldsBody.querySelector('.mkt-waiting')) fieldsBody.replaceChildren(fromTemplate('tpl-sfdc-waiting'));
    if (stage === 'confirmed' && !fieldsBody.querySelector('.mkt-field-sync')) fieldsBody.replaceChildren(fromTemplate('tpl-sfdc-field-sync'));
    fields.classList.toggle('x-item-disabled', !stageAtLeast('confirmed'));
    if (stageAtLeast('fields-synced') && !fieldsBody.querySelector('.mkt-ok-msg')) fieldsBody.replaceChildren(fromTemplate('tpl-sfdc-fields-done'));
    start.classList.toggle('x-item-disabled', !stageAtLeast('fields-synced'));
    if (stage === 'fields-synced' && !startBody.querySelector('.mkt-btn-start-sf')) startBody.replaceChildren(fromTemplate('tpl-sfdc-start-sf-sync'));
    if (stage === 'sf-sync-started' && !startBody.querySelector('.mkt-btn-start-sync')) startBody.replaceChildren(fromTemplate('tpl-sfdc-start-sync'));
    if (stage === 'running') {
      startBody.replaceChildren();
      const status = panel.querySelector('.mkt-sync-status');
      status.replaceChildren(fromTemplate('tpl-sfdc-running'));
      status.hidden = false;
    }
    if (stage === 'confirmed') runFieldSync();
  }

  let fieldSync;
  function runFieldSync() {
    if (fieldSync) return;
    const started = Date.now();
    fieldSync = setInterval(() => {
      const percent = Math.min(100, Math.round(((Date.now() - started) / SLOW_STEP_MS) * 100));
      const bar = document.querySelector('.mkt-progress');
      bar?.setAttribute('aria-valuenow', String(percent));
      bar?.firstElementChild?.style.setProperty('width', `${percent}%`);
      if (percent < 100) return;
      clearInterval(fieldSync);
      setSyncState({ stage: 'fields-synced' });
    }, Math.max(50, SLOW_STEP_MS / 20));
  }

  function showStatus(templateId) {
    const status = syncPanel()?.querySelector('.mkt-form-status');
    status?.replaceChildren(fromTemplate(templateId));
  }

  function save() {
    const inputs = [...syncPanel().querySelectorAll('form input.x-form-field')];
    if (inputs.some((input) => !input.value.trim())) return showStatus('tpl-sfdc-fill-both');
    // Only the key is needed again (it names the app in the authorisation URL).
    setSyncState({ stage: stageAtLeast('saved') ? syncState().stage : 'saved', clientId: inputs[0].value.trim() });
    showStatus('tpl-sfdc-saved');
  }

  function loginWithSalesforce() {
    const { clientId } = syncState();
    if (!clientId) return showStatus('tpl-sfdc-save-first');
    const url = new URL('https://login.salesforce.com/services/oauth2/authorize');
    url.search = new URLSearchParams({ response_type: 'code', client_id: clientId, redirect_uri: OAUTH_CALLBACK, state: crypto.randomUUID() }).toString();
    const popup = window.open(url.href, 'sfdcOAuth', 'popup,width=640,height=720');
    const blocked = syncPanel().querySelector('.mkt-popup-blocked');
    blocked.hidden = Boolean(popup);
  }

  // Marketo's redirect page tells its opener that Salesforce sent the authorisation code.
  window.addEventListener('message', (event) => {
    if (event.origin !== OAUTH_REDIRECT_ORIGIN || event.data?.type !== 'sfdc-oauth-complete') return;
    setSyncState({ stage: 'authorized' });
    setTimeout(() => document.body.append(fromTemplate('tpl-sfdc-confirm-dialog')), SLOW_STEP_MS);
  });

  function closeDialog(target) {
    target.closest('.mkt-dialog')?.remove();
  }

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    // Tree nodes: ExtJS handles the click itself (the anchors' href is just "#").
    const node = target?.closest('.x-tree-node-el');
    if (node) {
      event.preventDefault();
      location.hash = node.getAttribute('ext:tree-node-id');
      return;
    }
    const button = target?.closest('table.x-btn');
    if (!button || button.classList.contains('x-item-disabled')) return;
    const is = (name) => button.classList.contains(name);
    if (is('mkt-crm-sync-salesforce')) location.hash = 'SF0A1';
    else if (is('mkt-btn-save')) save();
    else if (is('mkt-btn-login')) loginWithSalesforce();
    else if (is('mkt-btn-confirm')) {
      closeDialog(button);
      setSyncState({ stage: 'confirmed' });
    } else if (is('mkt-btn-start-sf')) setSyncState({ stage: 'sf-sync-started' });
    else if (is('mkt-btn-start-sync')) document.body.append(fromTemplate('tpl-sfdc-start-sync-dialog'));
    else if (is('mkt-btn-start-sync-ok')) {
      closeDialog(button);
      setSyncState({ stage: 'running' });
    } else if (is('mkt-btn-cancel')) closeDialog(button);
  });

  window.addEventListener('hashchange', renderPage);

  async function boot() {
    await wait(BOOT_DELAY_MS);
    document.body.append(instantiate(document.getElementById('tpl-viewport')));
    document.getElementById('loading')?.remove();
    document.getElementById('loading-mask')?.remove();
    await renderPage();
  }

  boot();
})();
