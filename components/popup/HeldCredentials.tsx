// The key and secret the extension holds: the key shortened with a Copy button, the secret masked
// until revealed (its value is read from storage.session only when revealed or copied), and Clear
// behind an inline confirmation.
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { shortenKey } from '../../lib/credentials';
import { t } from '../../lib/i18n';
import type { Progress } from '../../lib/schema';
import { readSecret } from '../../lib/storage';
import { copyText } from './clipboard';
import { InlineConfirm } from './InlineConfirm';
import { askOk } from './request';

interface Props {
  consumerKey: string;
  source: Progress['credentialSource'];
  hasSecret: boolean;
  onStatus: (message: string) => void;
  /** Shown between the values and Clear (how to get a lost secret back). */
  children?: ComponentChildren;
}

export function HeldCredentials({ consumerKey, source, hasSecret, onStatus, children }: Props) {
  const secretId = useId();
  const [revealed, setRevealed] = useState<string | undefined>(undefined);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const clearButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Forget a revealed secret as soon as it is no longer held.
  useEffect(() => {
    if (!hasSecret) setRevealed(undefined);
  }, [hasSecret]);

  // Back from the confirmation, focus returns to Clear.
  useEffect(() => {
    if (wasConfirming.current && !confirming) clearButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const copy = async (value: string | undefined) => {
    onStatus('');
    const ok = value !== undefined && (await copyText(value));
    onStatus(t(ok ? 'popup_copied' : 'popup_copy_failed'));
  };

  const toggleReveal = async () => {
    if (revealed !== undefined) setRevealed(undefined);
    else setRevealed(await readSecret().catch(() => undefined));
  };

  const clear = async () => {
    setBusy(true);
    setFailed(false);
    const ok = await askOk({ kind: 'clear-credentials' });
    setBusy(false);
    if (ok) setConfirming(false);
    else setFailed(true);
  };

  return (
    <div class="held">
      <dl class="credentials">
        <div class="credentials__row">
          <dt>{t('popup_credentials_key_label')}</dt>
          <dd>
            <code class="credential-value">{shortenKey(consumerKey)}</code>
            <span class="credentials__actions">
              <button type="button" class="button button--small" aria-label={t('popup_copy_key')} onClick={() => copy(consumerKey)}>
                {t('popup_copy')}
              </button>
            </span>
          </dd>
        </div>
        {hasSecret && (
          <div class="credentials__row">
            <dt>{t('popup_credentials_secret_label')}</dt>
            <dd>
              <code id={secretId} class={`credential-value${revealed === undefined ? ' credential-value--masked' : ''}`}>
                {revealed ?? (
                  <>
                    <span aria-hidden="true">••••••••••••</span>
                    <span class="visually-hidden">{t('popup_secret_hidden')}</span>
                  </>
                )}
              </code>
              <span class="credentials__actions">
                <button type="button" class="button button--small" aria-controls={secretId} onClick={toggleReveal}>
                  {t(revealed === undefined ? 'popup_reveal' : 'popup_hide')}
                </button>
                <button
                  type="button"
                  class="button button--small"
                  aria-label={t('popup_copy_secret')}
                  onClick={async () => copy(await readSecret().catch(() => undefined))}
                >
                  {t('popup_copy')}
                </button>
              </span>
            </dd>
          </div>
        )}
      </dl>
      {source && <p class="hint">{t(source === 'captured' ? 'popup_credentials_captured' : 'popup_credentials_pasted')}</p>}
      {children}
      {confirming ? (
        <InlineConfirm
          question={t('popup_clear_question')}
          confirmLabel={t('popup_clear_yes')}
          busy={busy}
          onConfirm={clear}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <button type="button" class="button button--destructive-text" ref={clearButton} onClick={() => setConfirming(true)}>
          {t('popup_clear')}
        </button>
      )}
      {failed && <p class="error" role="alert">{t('popup_request_failed')}</p>}
    </div>
  );
}
