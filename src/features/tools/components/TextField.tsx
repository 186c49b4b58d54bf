import type { ReactNode } from 'react';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { IsolatedText } from '../../../components/IsolatedText';

/** Advice about what was typed that does not stop the tool working (unlike an error). */
export interface FieldWarning {
  /** Unique within the field; the message takes the id `<field id>-<key>`. */
  readonly key: string;
  readonly message: string;
}

interface TextFieldProps {
  /** The input's id; its hint and error take `<id>-hint` and `<id>-error`. */
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  /** The message when the last check failed; the field is marked invalid while it shows. */
  readonly error?: string | null;
  readonly warnings?: readonly FieldWarning[];
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Digits are typed in any script and checked by the tool, so the keyboard is only a hint. */
  readonly inputMode?: 'numeric' | 'decimal';
  /** How wide the input is and which face it uses (`text-input-amount`, `text-input-code`). */
  readonly inputClassName?: string;
  /** Digits and codes read left to right even in Urdu; a name the person types may not. */
  readonly dir?: 'ltr' | 'auto';
  readonly spellCheck?: boolean;
  /** Set beside the input on one row (a unit, say). */
  readonly beside?: ReactNode;
  /** Set under the input, inside the field (controls that fill it in, say). */
  readonly children?: ReactNode;
}

/**
 * A GOV.UK text field: label, hint, inline error, warnings and input, with the hint, error and
 * warnings read out with the input.
 */
export function TextField({
  id,
  label,
  hint,
  error,
  warnings = [],
  value,
  onChange,
  inputMode,
  inputClassName,
  dir = 'ltr',
  spellCheck,
  beside,
  children,
}: TextFieldProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '', ...warnings.map(({ key }) => `${id}-${key}`)]
    .filter(Boolean)
    .join(' ');
  const input = (
    <input
      id={id}
      className={inputClassName ? `text-input ${inputClassName}` : 'text-input'}
      type="text"
      inputMode={inputMode}
      autoComplete="off"
      spellCheck={spellCheck}
      dir={dir}
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
      {warnings.map(({ key, message }) => (
        <p key={key} id={`${id}-${key}`} className="warning-message">
          <IsolatedText>{message}</IsolatedText>
        </p>
      ))}
      {beside ? (
        <div className="amount-row">
          {input}
          {beside}
        </div>
      ) : (
        input
      )}
      {children}
    </div>
  );
}
