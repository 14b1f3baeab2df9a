// A labelled text input with an optional hint, an optional live note (such as the normalised
// origin) and an error, all tied to the input for assistive technology.
import type { ComponentChildren, TargetedEvent } from 'preact';

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string;
  /** Shown under the hint and announced with it, e.g. "Will open https://…". */
  note?: ComponentChildren;
  error?: string;
  type?: 'text' | 'email' | 'password';
  required?: boolean;
  autoComplete?: string;
  inputMode?: 'text' | 'email' | 'url';
  spellcheck?: boolean;
  /** Keys pressed in the field, e.g. Enter to unlock instead of submitting the form. */
  onEnter?: () => void;
}

export function TextField(props: TextFieldProps) {
  const hintId = `${props.id}-hint`;
  const noteId = `${props.id}-note`;
  const errorId = `${props.id}-error`;
  const describedBy = [props.error ? errorId : '', props.hint ? hintId : '', props.note ? noteId : ''].filter(Boolean).join(' ');
  const common = {
    id: props.id,
    name: props.id,
    value: props.value,
    required: props.required,
    autoComplete: props.autoComplete ?? 'off',
    inputMode: props.inputMode,
    spellcheck: props.spellcheck ?? false,
    'aria-invalid': props.error ? ('true' as const) : undefined,
    'aria-describedby': describedBy || undefined,
    onInput: (event: TargetedEvent<HTMLInputElement>) => props.onInput(event.currentTarget.value),
    onKeyDown: props.onEnter
      ? (event: KeyboardEvent) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            props.onEnter?.();
          }
        }
      : undefined,
  };
  // Preact types an input by its type, so each type is written out.
  const input =
    props.type === 'password' ? <input type="password" {...common} /> : props.type === 'email' ? <input type="email" {...common} /> : <input type="text" {...common} />;
  return (
    <div class={props.error ? 'field has-error' : 'field'}>
      <label for={props.id}>
        {props.label}
        {props.required && (
          <span class="required" aria-hidden="true">
            {' *'}
          </span>
        )}
      </label>
      {props.hint && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {input}
      {props.note && (
        <p class="note" id={noteId}>
          {props.note}
        </p>
      )}
      {props.error && (
        <p class="error" id={errorId}>
          {props.error}
        </p>
      )}
    </div>
  );
}
