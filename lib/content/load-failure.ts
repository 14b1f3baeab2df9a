// What the admin sees when the guide's chunk could not load on a page of the journey: a short
// notice in the guide's place, in its own closed shadow root like the guide, with a close button.
// Plain DOM, so that the recogniser carries no UI library for a case that should not happen.
import type { PageContext } from './script-context';
import { t } from '../i18n';

const STYLE = `:host { all: initial; }
div { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; max-width: 320px; display: flex; gap: 8px;
  align-items: flex-start; padding: 12px 14px; border-radius: 8px; background: #fff; color: #181818;
  border: 1px solid #c9c9c9; box-shadow: 0 2px 8px rgba(0, 0, 0, 0.2); font: 14px/1.4 system-ui, sans-serif; }
button { all: unset; cursor: pointer; padding: 0 4px; font-size: 18px; line-height: 1; }
button:focus-visible { outline: 2px solid #0176d3; }`;

/** Shows the notice; returns its root (closed to the page) for unit tests. */
export function showLoadFailure(ctx: PageContext): ShadowRoot {
  const host = document.createElement('oauth-guide-overlay');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const box = document.createElement('div');
  box.setAttribute('role', 'status');
  box.setAttribute('data-guide-load-failed', '');
  const text = document.createElement('span');
  text.textContent = t('guide_load_failed');
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', t('guide_dismiss'));
  close.addEventListener('click', (event) => {
    if (event.isTrusted) host.remove();
  });
  box.append(text, close);
  root.append(style, box);
  document.documentElement.append(host);
  ctx.onInvalidated(() => host.remove());
  return root;
}
