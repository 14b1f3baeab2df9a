// A checkbox with its label beside it and an explanation tied to it.
import type { ComponentChildren } from 'preact';

export interface CheckboxFieldProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Explanation under the label, read out with the checkbox. */
  children?: ComponentChildren;
}

export function CheckboxField(props: CheckboxFieldProps) {
  const hintId = `${props.id}-hint`;
  return (
    <div class="field checkbox">
      <input
        id={props.id}
        name={props.id}
        type="checkbox"
        checked={props.checked}
        aria-describedby={props.children ? hintId : undefined}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <div class="checkbox-text">
        <label for={props.id}>{props.label}</label>
        {props.children && (
          <div class="hint" id={hintId}>
            {props.children}
          </div>
        )}
      </div>
    </div>
  );
}
