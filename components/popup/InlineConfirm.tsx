// An inline "are you sure?" instead of window.confirm: the question, a confirming and a cancelling
// button. Focus moves to Cancel, the safe choice, before the question is painted (the button that
// asked is gone by then, and a key pressed meanwhile would start from the page's end); Escape cancels.
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/i18n';

interface Props {
  question: string;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function InlineConfirm({ question, confirmLabel, busy, onConfirm, onCancel }: Props) {
  const cancel = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => cancel.current?.focus(), []);
  const questionId = useId();

  return (
    <div
      class="confirm"
      role="group"
      aria-labelledby={questionId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <p id={questionId} class="confirm__question">{question}</p>
      <div class="button-row">
        <button type="button" class="button button--destructive" disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" class="button" ref={cancel} disabled={busy} onClick={onCancel}>
          {t('popup_cancel')}
        </button>
      </div>
    </div>
  );
}
