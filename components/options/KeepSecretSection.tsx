// The opt-in "keep the consumer secret across browser restarts" part of the options form.
// Turning keeping on or changing the passphrase happens on Save (the parent calls
// enableKeeping/disableKeeping); unlocking a kept copy after a restart happens here, at once.
import { useState } from 'preact/hooks';
import { passphraseMessageKey } from '../../lib/crypto';
import { t, tDynamic } from '../../lib/i18n';
import { unlockKeptSecret, type KeepingState } from '../../lib/kept-secret';
import { CheckboxField } from './CheckboxField';
import { TextField } from './TextField';

export type KeepMode =
  /** Keeping is off and stays off. */
  | 'off'
  /** The box was just ticked: a new passphrase is needed. */
  | 'turning-on'
  /** Was on, the box was unticked: Save deletes the encrypted copy. */
  | 'turning-off'
  /** On, and the key is in this browser session. */
  | 'on'
  /** On, a copy is kept, and the browser restarted since: the passphrase unlocks it. */
  | 'locked'
  /** On, but neither a key nor a copy: the next secret is not kept until a passphrase is set. */
  | 'no-passphrase';

export function keepMode(checked: boolean, state: KeepingState): KeepMode {
  if (!checked) return state.enabled ? 'turning-off' : 'off';
  if (!state.enabled) return 'turning-on';
  if (state.unlocked) return 'on';
  return state.kept ? 'locked' : 'no-passphrase';
}

export interface KeepSecretSectionProps {
  checked: boolean;
  onToggle: (checked: boolean) => void;
  state: KeepingState;
  passphrase: string;
  confirmation: string;
  onPassphrase: (value: string) => void;
  onConfirmation: (value: string) => void;
  passphraseError?: string;
  confirmationError?: string;
  /** The admin asked to change the passphrase while keeping is on. */
  changing: boolean;
  onChanging: (changing: boolean) => void;
  /** After a successful unlock, so the page can refresh what it shows. */
  onUnlocked: () => void;
}

export function KeepSecretSection(props: KeepSecretSectionProps) {
  const mode = keepMode(props.checked, props.state);
  const askNew = mode === 'turning-on' || mode === 'no-passphrase' || (mode === 'on' && props.changing);
  return (
    <section class="card" aria-labelledby="secret-heading">
      <h2 id="secret-heading">{t('options_secret_heading')}</h2>
      <p class="lead">{t('options_secret_intro')}</p>
      <CheckboxField id="keepSecret" label={t('options_keep_label')} checked={props.checked} onChange={props.onToggle}>
        <p>{t('options_keep_explain')}</p>
        <p>{t('options_keep_explain_off')}</p>
      </CheckboxField>

      {mode === 'turning-off' && <p class="callout warning">{t('options_keep_turning_off')}</p>}
      {mode === 'on' && <p class="callout">{props.state.kept ? t('options_keep_on_kept') : t('options_keep_on_empty')}</p>}
      {mode === 'no-passphrase' && <p class="callout warning">{t('options_keep_no_passphrase')}</p>}
      {mode === 'locked' && <Unlock onUnlocked={props.onUnlocked} />}

      {mode === 'on' && (
        <button type="button" class="link" aria-expanded={props.changing} aria-controls="new-passphrase" onClick={() => props.onChanging(!props.changing)}>
          {props.changing ? t('options_keep_change_cancel') : t('options_keep_change')}
        </button>
      )}

      {askNew && (
        <div id="new-passphrase" class="subfields">
          <TextField
            id="passphrase"
            type="password"
            label={mode === 'on' ? t('options_passphrase_new_label') : t('options_passphrase_label')}
            hint={t('options_passphrase_hint')}
            value={props.passphrase}
            onInput={props.onPassphrase}
            error={props.passphraseError}
            required={mode !== 'no-passphrase'}
            autoComplete="new-password"
          />
          <TextField
            id="confirmation"
            type="password"
            label={t('options_passphrase_confirm_label')}
            value={props.confirmation}
            onInput={props.onConfirmation}
            error={props.confirmationError}
            required={mode !== 'no-passphrase'}
            autoComplete="new-password"
          />
        </div>
      )}
    </section>
  );
}

/** After a restart: the passphrase brings the kept secret back into this browser session. */
function Unlock(props: { onUnlocked: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function unlock() {
    if (busy) return;
    if (!passphrase) {
      setError(t('passphrase_empty'));
      document.getElementById('unlock')?.focus();
      return;
    }
    setBusy(true);
    const result = await unlockKeptSecret(passphrase).catch(() => ({ ok: false as const, problem: 'nothing-kept' as const }));
    setBusy(false);
    if (result.ok) {
      setPassphrase('');
      setError(undefined);
      props.onUnlocked();
    } else {
      setError(tDynamic(passphraseMessageKey(result.problem)));
      document.getElementById('unlock')?.focus();
    }
  }

  return (
    <div class="callout locked">
      <p>{t('options_keep_locked')}</p>
      <div class="inline-form">
        <TextField
          id="unlock"
          type="password"
          label={t('options_unlock_label')}
          value={passphrase}
          onInput={(value) => {
            setPassphrase(value);
            setError(undefined);
          }}
          error={error}
          autoComplete="current-password"
          onEnter={() => void unlock()}
        />
        <button type="button" class="neutral" aria-busy={busy} onClick={() => void unlock()}>
          {busy ? t('options_unlocking') : t('options_unlock')}
        </button>
      </div>
    </div>
  );
}
