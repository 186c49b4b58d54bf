import { useId, useState } from 'react';
import { useAppText } from '../../../i18n/app-text';
import { IsolatedText } from '../../../components/IsolatedText';
import { checkHotspotName } from '../hotspot-name';
import { generatePassword, MIN_PASSWORD_LENGTH, parsePasswordLength } from '../password';
import { wifiJoinPayload } from '../wifi-qr';
import { QrCode } from './QrCode';
import { TextField } from './TextField';
import { useCopy } from './use-copy';

const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;

/**
 * Step 3 of the source article: a recognisable name and a secure password, plus a join QR code.
 * Everything typed here lives only in this component's state: never stored, never sent.
 */
export function HotspotHelper() {
  const { t } = useAppText();
  const id = useId();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [showQr, setShowQr] = useState(false);
  const [lengthInput, setLengthInput] = useState('14');
  const [lengthInvalid, setLengthInvalid] = useState(false);
  const [copyState, copy] = useCopy();

  const nameIssues = name === '' ? [] : checkHotspotName(name);
  const passwordIssue =
    password === ''
      ? null
      : !ASCII_PRINTABLE.test(password)
        ? 'passwordNonAscii'
        : password.length < MIN_PASSWORD_LENGTH
          ? 'passwordTooShort'
          : null;
  const canShowQr = name.trim() !== '' && !nameIssues.includes('tooLong') && password !== '' && passwordIssue === null;

  return (
    <section className="tool" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="heading-m">
        {t('tools.hotspot.title')}
      </h2>
      <p className="hint">
        <IsolatedText>{t('tools.hotspot.privacy')}</IsolatedText>
      </p>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-name`}>
          {t('tools.hotspot.nameLabel')}
        </label>
        <p id={`${id}-name-hint`} className="hint">
          <IsolatedText>{t('tools.hotspot.nameHint')}</IsolatedText>
        </p>
        {nameIssues.map((issue) => (
          <p key={issue} id={`${id}-name-${issue}`} className="warning-message">
            <IsolatedText>{t(`tools.hotspot.name.${issue}`)}</IsolatedText>
          </p>
        ))}
        <input
          id={`${id}-name`}
          className="text-input"
          type="text"
          autoComplete="off"
          spellCheck={false}
          dir="auto"
          value={name}
          aria-describedby={[`${id}-name-hint`, ...nameIssues.map((issue) => `${id}-name-${issue}`)].join(' ')}
          onChange={(event) => {
            setName(event.target.value);
            setShowQr(false);
          }}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-password`}>
          {t('tools.hotspot.passwordLabel')}
        </label>
        <p id={`${id}-password-hint`} className="hint">
          <IsolatedText>{t('tools.hotspot.passwordHint')}</IsolatedText>
        </p>
        {passwordIssue && (
          <p id={`${id}-password-issue`} className="warning-message">
            <IsolatedText>{t(`tools.hotspot.${passwordIssue}`)}</IsolatedText>
          </p>
        )}
        <input
          id={`${id}-password`}
          className="text-input text-input-code"
          type="text"
          dir="ltr"
          autoComplete="off"
          spellCheck={false}
          value={password}
          aria-describedby={`${id}-password-hint${passwordIssue ? ` ${id}-password-issue` : ''}`}
          onChange={(event) => {
            setPassword(event.target.value);
            setShowQr(false);
          }}
        />
        <TextField
          id={`${id}-length`}
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
              if (length !== undefined) setPassword(generatePassword(length));
            }}
          >
            {t('tools.hotspot.generate')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            disabled={password === ''}
            onClick={() => void copy(password)}
          >
            {t('tools.hotspot.copy')}
          </button>
        </div>
        <p className="status-message" role="status">
          {copyState === 'idle' ? null : t(`tools.copy.${copyState}`)}
        </p>
      </div>
      <button type="button" className="button" disabled={!canShowQr} onClick={() => setShowQr(true)}>
        {t('tools.hotspot.showQr')}
      </button>
      {showQr && canShowQr && (
        <div className="qr-panel">
          <QrCode
            text={wifiJoinPayload({ ssid: name.trim(), password })}
            label={t('tools.hotspot.qrLabel', { name: name.trim() })}
          />
          <p>
            <IsolatedText>{t('tools.hotspot.qrHint')}</IsolatedText>
          </p>
        </div>
      )}
    </section>
  );
}
