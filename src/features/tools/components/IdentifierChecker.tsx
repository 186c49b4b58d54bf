import { useId, useState, type FormEvent } from 'react';
import { useAppText } from '../../../i18n/app-text';
import { IsolatedText } from '../../../components/IsolatedText';
import { checkEid } from '../eid';
import { checkImei } from '../imei';
import type { IdentifierKind } from '../../wizard/question-extras';
import { TextField } from './TextField';
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
  const { t } = useAppText();
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
      <form noValidate onSubmit={submit} className="details-body">
        <TextField
          id={`${id}-input`}
          label={t(`${base}.label`)}
          hint={t(`${base}.hint`)}
          error={error}
          value={input}
          onChange={setInput}
          inputMode="numeric"
          inputClassName="text-input-code"
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
