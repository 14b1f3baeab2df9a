// The replica Experience Cloud shell's behaviour: render the chrome after a short start-up, then
// show the solution named by the hash route, without reloading when the hash changes.

(() => {
  const BOOT_DELAY_MS = 400;
  // #/@<tenant>/so:<munchkin-id>/marketo-engage/classic/<marketo hash>
  const MARKETO_ROUTE = /^#\/@([^/]+)\/so:([^/]+)\/marketo-engage\/classic\/?(.*)$/;

  let shown = null; // the template id on screen

  function route() {
    const marketo = MARKETO_ROUTE.exec(location.hash);
    const tenant = marketo?.[1] ?? /^#\/@([^/]+)/.exec(location.hash)?.[1] ?? 'acmecorp';
    document.querySelector('.shell-org-name').textContent = tenant;
    const templateId = marketo ? 'tpl-app-marketo' : 'tpl-home';
    const template = document.getElementById(templateId);
    document.querySelector('.shell-solution').textContent = template.dataset.solution;
    document.title = template.dataset.solution ? `${template.dataset.solution} | Adobe Experience Cloud` : 'Adobe Experience Cloud';

    const main = document.getElementById('shell-main');
    if (shown !== templateId) {
      main.replaceChildren(template.content.cloneNode(true));
      shown = templateId;
    }
    const frame = main.querySelector('iframe.shell-app-frame');
    if (frame && marketo?.[3]) {
      const inner = new URL(frame.src);
      inner.hash = marketo[3];
      if (frame.src !== inner.href) frame.src = inner.href;
    }
  }

  setTimeout(() => {
    document.body.append(document.getElementById('tpl-shell').content.cloneNode(true));
    document.getElementById('shell-loading')?.remove();
    route();
    window.addEventListener('hashchange', route);
  }, BOOT_DELAY_MS);
})();
