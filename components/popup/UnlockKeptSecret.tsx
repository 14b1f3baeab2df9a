// Unlocks the encrypted copy of the secret with the admin's passphrase (lib/kept-secret.ts puts
// the secret back into storage.session; the card then shows it as held). The passphrase is held
// only in this field and never logged.
import { useId, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { unlockKeptSecret } from '../../lib/kept-secret';

type Problem = 'wrong-passphrase' | 'nothing-kept' | 'failed';

export function UnlockKeptSecret({ onUnlocked }: { onUnlocked: () => void }) {
  const inputId = useId();
  const errorId = useId();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!passphrase) return input.current?.focus();
    setBusy(true);
    setProblem(undefined);
    let result: Problem | 'ok';
    try {
      const answer = await unlockKeptSecret(passphrase);
      result = answer.ok ? 'ok' : answer.problem;
    } catch {
      result = 'failed';
    }
    setBusy(false);
    if (result === 'ok') {
      setPassphrase('');
      onUnlocked();
    } else {
      setProblem(result);
      input.current?.focus();
    }
  };

  const message =
    problem === 'wrong-passphrase' ? t('popup_unlock_wrong') : problem === 'nothing-kept' ? t('popup_unlock_nothing') : t('popup_request_failed');

  return (
    <form class="unlock" noValidate onSubmit={submit}>
      <p>{t('popup_unlock_intro')}</p>
      <div class="field">
        <label class="field__label" for={inputId}>
          {t('popup_passphrase_label')}
        </label>
        <div class="field__control">
          <input
            id={inputId}
            ref={input}
            class="input"
            type="password"
            value={passphrase}
            disabled={busy}
            autocomplete="off"
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? errorId : undefined}
            onInput={(event) => {
              setPassphrase(event.currentTarget.value);
              setProblem(undefined);
            }}
          />
          <button type="submit" class="button button--brand" disabled={busy}>
            {t('popup_unlock')}
          </button>
        </div>
        {problem && (
          <p id={errorId} class="field__error">
            {message}
          </p>
        )}
      </div>
    </form>
  );
}
