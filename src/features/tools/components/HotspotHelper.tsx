import { useId, useState } from 'react';
import { useAppText } from '../../../i18n/app-text';
import { IsolatedText } from '../../../components/IsolatedText';
import { checkHotspotName } from '../hotspot-name';
import { hotspotPasswordIssue } from '../password';
import { joinCodeMissing } from '../hotspot-join';
import { wifiJoinPayload } from '../wifi-qr';
import { PasswordField } from './PasswordField';
import { QrCode } from './QrCode';
import { TextField } from './TextField';

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
  // Set by a tap on "Show a QR code" before the name and password are ready: empty fields then say so.
  const [asked, setAsked] = useState(false);

  const nameIssues = name === '' && !asked ? [] : checkHotspotName(name);
  const passwordIssue = password === '' && asked ? 'passwordTooShort' : hotspotPasswordIssue(password);
  const missing = joinCodeMissing(name, password);
  const canShowQr = missing === null;

  function showJoinCode() {
    setAsked(true);
    setShowQr(canShowQr);
    if (missing !== null) document.getElementById(`${id}-${missing}`)?.focus();
  }

  return (
    <section className="tool" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="heading-s">
        {t('tools.hotspot.title')}
      </h3>
      <p className="hint">
        <IsolatedText>{t('tools.hotspot.privacy')}</IsolatedText>
      </p>
      <TextField
        id={`${id}-name`}
        label={t('tools.hotspot.nameLabel')}
        hint={t('tools.hotspot.nameHint')}
        warnings={nameIssues.map((issue) => ({ key: issue, message: t(`tools.hotspot.name.${issue}`) }))}
        value={name}
        onChange={(value) => {
          setName(value);
          setShowQr(false);
        }}
        dir="auto"
        spellCheck={false}
      />
      <PasswordField
        idPrefix={id}
        value={password}
        issue={passwordIssue}
        onChange={(value) => {
          setPassword(value);
          setShowQr(false);
        }}
        onGenerate={setPassword}
      />
      {/* Never greyed out: tapped too soon, it says what is missing. */}
      <button type="button" className="button" onClick={showJoinCode}>
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
