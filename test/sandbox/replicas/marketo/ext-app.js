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
    const template =
      document.querySelector(`template[data-panel="${CSS.escape(page)}"]`) ??
      document.querySelector('template[data-panel="*"]');
    const title = template.dataset.title || nodeTitle(page);
    const panel = instantiate(template);
    const titleSlot = panel.querySelector('.mkt-node-title');
    if (titleSlot) titleSlot.textContent = title;
    content.classList.remove('x-masked');
    content.replaceChildren(panel);
    document.title = `${title} | Marketo`;
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
    // Buttons that navigate; the rest (Save, Login with Salesforce) are inert in this replica.
    if (target?.closest('table.x-btn')?.classList.contains('mkt-crm-sync-salesforce')) location.hash = 'SF0A1';
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
