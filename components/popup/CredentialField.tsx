// One labelled input of the credentials form, with its problem under it (aria-invalid and
// aria-describedby), and for the secret a Reveal/Hide toggle that switches it out of type=password.
import type { Ref } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { CredentialProblem } from '../../lib/credentials';
import { problemMessageKey } from '../../lib/credentials';
import { t, tDynamic } from '../../lib/i18n';

interface Props {
  field: 'key' | 'secret';
  value: string;
  problem?: CredentialProblem;
  disabled?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  onInput: (value: string) => void;
}

export function CredentialField({ field, value, problem, disabled, inputRef, onInput }: Props) {
  const inputId = useId();
  const errorId = useId();
  const [shown, setShown] = useState(false);
  const masked = field === 'secret' && !shown;

  return (
    <div class="field">
      <label class="field__label" for={inputId}>
        {t(field === 'key' ? 'popup_credentials_key_label' : 'popup_credentials_secret_label')}
      </label>
      <div class="field__control">
        <input
          id={inputId}
          ref={inputRef}
          class="input"
          // Preact's input types split password from text by role; the same element switches.
          type={(masked ? 'password' : 'text') as 'text'}
          value={value}
          disabled={disabled}
          autocomplete="off"
          autocapitalize="off"
          spellcheck={false}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? errorId : undefined}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
        {field === 'secret' && (
          <button type="button" class="button button--small" aria-controls={inputId} onClick={() => setShown(!shown)}>
            {t(shown ? 'popup_hide' : 'popup_reveal')}
          </button>
        )}
      </div>
      {problem && (
        <p id={errorId} class="field__error">
          {tDynamic(problemMessageKey(field, problem))}
        </p>
      )}
    </div>
  );
}
