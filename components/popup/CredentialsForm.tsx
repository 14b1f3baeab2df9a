// Pasting the key and secret by hand, when the extension did not capture them (or, with
// `consumerKey`, only the secret, when the key is held but the secret is gone). Checked here
// first for quick, specific messages, then by the background, which has the last word. What
// was typed stays in the fields on every error.
import { useRef, useState } from 'preact/hooks';
import { parseConsumerKey, parseConsumerSecret, type CredentialProblem } from '../../lib/credentials';
import { t, tDynamic } from '../../lib/i18n';
import { problemMessageKey } from '../../lib/credentials';
import { CredentialField } from './CredentialField';
import { ask } from './request';

interface Props {
  /** The key already held: only the secret is asked for. */
  consumerKey?: string;
  onSaved: () => void;
}

interface Problems {
  key?: CredentialProblem;
  secret?: CredentialProblem;
}

export function CredentialsForm({ consumerKey, onSaved }: Props) {
  const secretOnly = consumerKey !== undefined;
  const [key, setKey] = useState('');
  const [secret, setSecret] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const keyInput = useRef<HTMLInputElement>(null);
  const secretInput = useRef<HTMLInputElement>(null);

  const show = (found: Problems) => {
    setProblems(found);
    if (found.key && !secretOnly) keyInput.current?.focus();
    else if (found.secret) secretInput.current?.focus();
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    setFailed(false);
    const keyValue = consumerKey ?? key;
    const keyCheck = secretOnly ? undefined : parseConsumerKey(keyValue);
    const secretCheck = parseConsumerSecret(secret);
    const found: Problems = {
      ...(keyCheck && !keyCheck.ok ? { key: keyCheck.problem } : {}),
      ...(!secretCheck.ok ? { secret: secretCheck.problem } : {}),
    };
    if (found.key || found.secret) return show(found);

    setBusy(true);
    const answer = await ask({ kind: 'paste-credentials', key: keyValue, secret });
    setBusy(false);
    if (!answer) return setFailed(true);
    if (answer.ok) {
      setKey('');
      setSecret('');
      setProblems({});
      onSaved();
      return;
    }
    if (!answer.key && !answer.secret) return setFailed(true);
    show({ key: answer.key, secret: answer.secret });
  };

  return (
    <form class="credentials-form" noValidate onSubmit={submit}>
      {!secretOnly && (
        <CredentialField
          field="key"
          value={key}
          problem={problems.key}
          disabled={busy}
          inputRef={keyInput}
          onInput={(value) => {
            setKey(value);
            setProblems({ ...problems, key: undefined });
          }}
        />
      )}
      <CredentialField
        field="secret"
        value={secret}
        problem={problems.secret}
        disabled={busy}
        inputRef={secretInput}
        onInput={(value) => {
          setSecret(value);
          setProblems({ ...problems, secret: undefined });
        }}
      />
      {secretOnly && problems.key && (
        <p class="error" role="alert">{tDynamic(problemMessageKey('key', problems.key))}</p>
      )}
      <div class="button-row">
        <button type="submit" class="button button--brand" disabled={busy}>
          {t(busy ? 'popup_saving' : 'popup_save')}
        </button>
      </div>
      {failed && <p class="error" role="alert">{t('popup_request_failed')}</p>}
    </form>
  );
}
