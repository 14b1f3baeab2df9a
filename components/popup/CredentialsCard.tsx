// The consumer key and secret: what the extension holds (key shown shortened, secret masked until
// revealed, copy, clear), a form to paste them by hand when nothing was captured, and, when the
// key is held but the secret is gone after a restart, how to get the secret back.
import { useId, useState } from 'preact/hooks';
import type { Progress } from '../../lib/schema';
import { t } from '../../lib/i18n';
import { CredentialsForm } from './CredentialsForm';
import { HeldCredentials } from './HeldCredentials';
import { SecretGone } from './SecretGone';

interface Props {
  progress: Progress;
  hasSecret: boolean;
  hasKeptSecret: boolean;
}

export function CredentialsCard({ progress, hasSecret, hasKeptSecret }: Props) {
  const headingId = useId();
  // One live region for the whole card, present before anything is announced.
  const [status, setStatus] = useState('');
  const key = progress.consumerKey;

  return (
    <section class="card" aria-labelledby={headingId}>
      <h2 id={headingId} class="card__title">{t('popup_credentials_heading')}</h2>
      {key === undefined ? (
        <>
          <p class="hint">{t('popup_credentials_intro')}</p>
          <CredentialsForm onSaved={() => setStatus(t('popup_credentials_saved'))} />
        </>
      ) : (
        <HeldCredentials consumerKey={key} source={progress.credentialSource} hasSecret={hasSecret} onStatus={setStatus}>
          {!hasSecret && (
            <SecretGone
              path={progress.path}
              consumerKey={key}
              hasKeptSecret={hasKeptSecret}
              onSaved={() => setStatus(t('popup_credentials_saved'))}
              onUnlocked={() => setStatus(t('popup_unlocked'))}
            />
          )}
        </HeldCredentials>
      )}
      <p class="status-line" role="status">
        {status}
      </p>
    </section>
  );
}
