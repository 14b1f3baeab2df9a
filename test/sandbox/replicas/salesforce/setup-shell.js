// Behaviour of the Setup chrome shared by every Setup replica: client-side navigation and the
// selected item in the Setup tree.
//
// Lightning Experience is a single-page app: going from one Setup page to another changes the URL
// with history.pushState and swaps the content region, without a page load. The replicas keep
// that, so an extension that only looks at a page when it loads fails here as it would on the
// real site. The next page's content is fetched from the sandbox (the same file a direct load
// gets), so every page also works when opened or reloaded at its own URL.

const CONTENT = 'section.oneContent';
let navigation = 0;

/**
 * Goes to another Setup page the way Lightning does: URL first, then the content.
 * @param {string} href
 * @param {{ push?: boolean }} [options] push: false when the browser already moved (back/forward)
 */
export async function navigate(href, { push = true } = {}) {
  const url = new URL(href, location.href);
  if (url.origin !== location.origin || !url.pathname.startsWith('/lightning/')) {
    location.assign(url);
    return;
  }
  const current = document.querySelector(CONTENT);
  const mine = ++navigation;
  if (push) history.pushState(null, '', url);
  markSelectedTreeItem();
  current?.classList.add('is-loading');

  let next = null;
  let doc = null;
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (response.ok) {
      doc = new DOMParser().parseFromString(await response.text(), 'text/html');
      next = doc.querySelector(CONTENT);
    }
  } catch {
    next = null;
  }
  if (mine !== navigation) return; // a newer navigation took over
  if (!doc || !next || !current) {
    location.reload(); // let the server show what it has there (a 404 page for unknown pages)
    return;
  }
  // The page's own scripts (its behaviour) load before its content appears; modules load once.
  const scripts = [...doc.querySelectorAll('script[type="module"][src]')];
  await Promise.all(
    scripts.map((script) => import(new URL(script.getAttribute('src'), url).href).catch(() => undefined)),
  );
  if (mine !== navigation) return;
  document.title = doc.title;
  current.replaceWith(document.importNode(next, true));
  // A new page opens at its top, as in Lightning (back and forward keep where the admin was).
  if (push) window.scrollTo(0, 0);
}

/** Marks the Setup tree item of the current page's area (/lightning/setup/<Area>/...). */
function markSelectedTreeItem() {
  const area = location.pathname.split('/')[3];
  for (const link of document.querySelectorAll('.setup-tree a[href^="/lightning/setup/"]')) {
    const item = link.closest('li');
    const selected = link.getAttribute('href').split('/')[3] === area;
    item.classList.toggle('slds-is-selected', selected);
    item.setAttribute('aria-selected', String(selected));
  }
}

document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.composedPath().find((node) => node instanceof HTMLAnchorElement && node.hasAttribute('href'));
  if (!link || link.target === '_blank') return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || !url.pathname.startsWith('/lightning/')) return;
  event.preventDefault();
  navigate(url.href);
});

// A page component asks for another Setup page (Create opens the new app).
document.addEventListener('setupnavigate', (event) => navigate(event.detail.href));

window.addEventListener('popstate', () => navigate(location.href, { push: false }));

markSelectedTreeItem();
