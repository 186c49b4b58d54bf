import { useId, useState, type FormEvent } from 'react';
import { useAppText } from '../../../i18n/app-text';
import { IsolatedText } from '../../../components/IsolatedText';
import type { IdentifierKind } from '../../../journey/flow';
import { EID } from '../eid';
import { checkIdentifier, type IdentifierResult, type IdentifierSpec } from '../identifier';
import { IMEI } from '../imei';
import { TextField } from './TextField';
import '../tools.css';
import '../../../components/fact-list.css';

const SPECS: Record<IdentifierKind, IdentifierSpec<string>> = { imei: IMEI, eid: EID };

/**
 * What a correct number still does not tell, said under the result: a well-typed IMEI says nothing
 * about PTA registration (fact sheet §2.1).
 */
const LIMITS: Partial<Record<IdentifierKind, string>> = { imei: 'tools.imei.notPtaStatus' };

/**
 * Checks a typed IMEI (Luhn check digit) or EID (mod 97 = 1). Spaces, dashes and any digit system
 * are accepted; the result or a specific error is shown GOV.UK style. Nothing is stored.
 */
export function IdentifierChecker({ kind }: { kind: IdentifierKind }) {
  const { t } = useAppText();
  const id = useId();
  const [input, setInput] = useState('');
  const [outcome, setOutcome] = useState<IdentifierResult<string> | null>(null);
  const base = `tools.${kind}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    setOutcome(checkIdentifier(input, SPECS[kind]));
  }

  const error = outcome && !outcome.ok ? t(`${base}.errors.${outcome.error}`) : null;
  const limits = LIMITS[kind];
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
                <code className="fact-value">{outcome.digits}</code>
              </bdi>
            </p>
          )}
          {outcome?.ok && limits && (
            <p className="hint">
              <IsolatedText>{t(limits)}</IsolatedText>
            </p>
          )}
        </div>
      </form>
    </details>
  );
}
