// Which kind of Salesforce app the journey creates: External Client App (recommended) or
// Connected App. A native radio group (arrow keys move between the choices); sends choose-path.
import { useId, useState } from 'preact/hooks';
import { PATHS, type AppPath } from '../../lib/journey/steps';
import type { Progress } from '../../lib/schema';
import { t } from '../../lib/i18n';
import { askOk } from './request';

export function PathSwitch({ progress }: { progress: Progress }) {
  const name = useId();
  const [pending, setPending] = useState<AppPath | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const chosen = pending ?? progress.path;

  const choose = async (path: AppPath) => {
    setPending(path);
    setFailed(false);
    const ok = await askOk({ kind: 'choose-path', path });
    setPending(undefined);
    if (!ok) setFailed(true);
  };

  return (
    <fieldset class="card path-switch">
      <legend class="card__title">{t('popup_path_legend')}</legend>
      {PATHS.map((path) => {
        const hintId = `${name}-${path}-hint`;
        return (
          <label key={path} class="radio">
            <input
              type="radio"
              name={name}
              value={path}
              checked={chosen === path}
              disabled={pending !== undefined}
              aria-describedby={hintId}
              onChange={() => choose(path)}
            />
            <span class="radio__text">
              <span class="radio__label">{t(path === 'eca' ? 'path_eca' : 'path_connected_app')}</span>
              <span id={hintId} class="hint">
                {t(path === 'eca' ? 'popup_path_eca_hint' : 'popup_path_ca_hint')}
              </span>
            </span>
          </label>
        );
      })}
      {progress.connectedAppsDisabled && <p class="hint hint--warning">{t('reason_connected_apps_disabled')}</p>}
      {failed && <p class="error" role="alert">{t('popup_request_failed')}</p>}
    </fieldset>
  );
}
