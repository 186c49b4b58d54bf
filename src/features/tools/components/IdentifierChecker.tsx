import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { IsolatedText } from '../../../components/IsolatedText';
import { checkEid } from '../eid';
import { checkImei } from '../imei';
import type { IdentifierKind } from '../../wizard/question-extras';
import '../tools.css';
import '../../../components/fact-list.css';

const CHECKS = {
  imei: (input: string) => {
    const result = checkImei(input);
    return result.ok ? { ok: true as const, value: result.imei } : result;
  },
  eid: (input: string) => {
    const result = checkEid(input);
    return result.ok ? { ok: true as const, value: result.eid } : result;
  },
};

type Outcome = { ok: true; value: string } | { ok: false; error: string } | null;

/**
 * Checks a typed IMEI (Luhn check digit) or EID (mod 97 = 1). Spaces, dashes and any digit system
 * are accepted; the result or a specific error is shown GOV.UK style. Nothing is stored.
 */
export function IdentifierChecker({ kind }: { kind: IdentifierKind }) {
  const { t } = useTranslation();
  const id = useId();
  const [input, setInput] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const base = `tools.${kind}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    setOutcome(CHECKS[kind](input));
  }

  const error = outcome && !outcome.ok ? t(`${base}.errors.${outcome.error}`) : null;
  return (
    <details className="details">
      <summary className="details-summary">{t(`${base}.summary`)}</summary>
      <form noValidate onSubmit={submit} className={error ? 'details-body form-group-error' : 'details-body'}>
        <label className="field-label" htmlFor={`${id}-input`}>
          {t(`${base}.label`)}
        </label>
        <p id={`${id}-hint`} className="hint">
          <IsolatedText>{t(`${base}.hint`)}</IsolatedText>
        </p>
        {error && (
          <ErrorMessage id={`${id}-error`} message={error} />
        )}
        <input
          id={`${id}-input`}
          className="text-input text-input-code"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          dir="ltr"
          value={input}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onChange={(event) => setInput(event.target.value)}
        />
        <button type="submit" className="button button-secondary">
          {t(`${base}.check`)}
        </button>
        <div role="status">
          {outcome?.ok && (
            <p className="success-message">
              <IsolatedText>{t(`${base}.ok`)}</IsolatedText>{' '}
              <bdi dir="ltr">
                <code className="fact-value">{outcome.value}</code>
              </bdi>
            </p>
          )}
        </div>
      </form>
    </details>
  );
}
