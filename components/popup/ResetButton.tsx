// Start over: the checklist is cleared and the key and secret forgotten, after an inline
// confirmation (never window.confirm). Salesforce and Marketo are not touched.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { InlineConfirm } from './InlineConfirm';
import { askOk } from './request';

export function ResetButton() {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (wasConfirming.current && !confirming) button.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const reset = async () => {
    setBusy(true);
    setFailed(false);
    const ok = await askOk({ kind: 'reset' });
    setBusy(false);
    if (ok) setConfirming(false);
    else setFailed(true);
  };

  return (
    <div class="reset">
      {confirming ? (
        <InlineConfirm
          question={t('popup_reset_question')}
          confirmLabel={t('popup_reset_yes')}
          busy={busy}
          onConfirm={reset}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <button type="button" class="button" ref={button} onClick={() => setConfirming(true)}>
          {t('popup_reset')}
        </button>
      )}
      {failed && <p class="error" role="alert">{t('popup_request_failed')}</p>}
    </div>
  );
}
