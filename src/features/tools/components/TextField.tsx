import type { ReactNode } from 'react';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { IsolatedText } from '../../../components/IsolatedText';

interface TextFieldProps {
  /** The input's id; its hint and error take `<id>-hint` and `<id>-error`. */
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  /** The message when the last check failed; the field is marked invalid while it shows. */
  readonly error?: string | null;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Digits are typed in any script and checked by the tool, so the keyboard is only a hint. */
  readonly inputMode: 'numeric' | 'decimal';
  /** How wide the input is and which face it uses (`text-input-amount`, `text-input-code`). */
  readonly inputClassName: string;
  /** Set beside the input on one row (a unit, say). */
  readonly beside?: ReactNode;
}

/**
 * A GOV.UK text field for numbers and codes: label, hint, inline error and input, with the hint and
 * error read out with the input. Left to right even in Urdu, as digits and codes are.
 */
export function TextField({ id, label, hint, error, value, onChange, inputMode, inputClassName, beside }: TextFieldProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const input = (
    <input
      id={id}
      className={`text-input ${inputClassName}`}
      type="text"
      inputMode={inputMode}
      autoComplete="off"
      dir="ltr"
      value={value}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy || undefined}
      onChange={(event) => onChange(event.target.value)}
    />
  );
  return (
    <div className={error ? 'field form-group-error' : 'field'}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          <IsolatedText>{hint}</IsolatedText>
        </p>
      )}
      {error && <ErrorMessage id={`${id}-error`} message={error} />}
      {beside ? (
        <div className="amount-row">
          {input}
          {beside}
        </div>
      ) : (
        input
      )}
    </div>
  );
}
