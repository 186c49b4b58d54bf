import { useState } from 'react';
import { useAppText } from '../../../i18n/app-text';
import { CopyStatus } from '../../../components/CopyStatus';
import { useCopy } from '../../../components/use-copy';
import { generatePassword, parsePasswordLength, type HotspotPasswordIssue } from '../password';
import { TextField } from './TextField';

interface Props {
  /** The input takes `<idPrefix>-password`, the length field `<idPrefix>-length`. */
  readonly idPrefix: string;
  readonly value: string;
  readonly issue: HotspotPasswordIssue | null;
  /** The person typed in the field. */
  readonly onChange: (password: string) => void;
  /** The generator made a new password. */
  readonly onGenerate: (password: string) => void;
}

/** The hotspot password, with a generator of a chosen length and a copy button. */
export function PasswordField({ idPrefix, value, issue, onChange, onGenerate }: Props) {
  const { t } = useAppText();
  const [lengthInput, setLengthInput] = useState('14');
  const [lengthInvalid, setLengthInvalid] = useState(false);
  const [copyState, copy] = useCopy();

  return (
    <TextField
      id={`${idPrefix}-password`}
      label={t('tools.hotspot.passwordLabel')}
      hint={t('tools.hotspot.passwordHint')}
      warnings={issue ? [{ key: 'issue', message: t(`tools.hotspot.${issue}`) }] : []}
      value={value}
      onChange={onChange}
      inputClassName="text-input-code"
      spellCheck={false}
    >
      <TextField
        id={`${idPrefix}-length`}
        label={t('tools.hotspot.lengthLabel')}
        error={lengthInvalid ? t('tools.hotspot.lengthError') : null}
        value={lengthInput}
        onChange={setLengthInput}
        inputMode="numeric"
        inputClassName="text-input-amount"
      />
      <div className="button-group">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            const length = parsePasswordLength(lengthInput);
            setLengthInvalid(length === undefined);
            if (length !== undefined) onGenerate(generatePassword(length));
          }}
        >
          {t('tools.hotspot.generate')}
        </button>
        {/* Shown once there is a password to copy, rather than greyed out before. */}
        {value !== '' && (
          <button type="button" className="button button-secondary" onClick={() => void copy(value)}>
            {t('tools.hotspot.copy')}
          </button>
        )}
      </div>
      <CopyStatus state={copyState} />
    </TextField>
  );
}
