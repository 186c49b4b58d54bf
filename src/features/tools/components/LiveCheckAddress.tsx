import { useId } from 'react';
import { CopyStatus } from '../../../components/CopyStatus';
import { IsolatedText } from '../../../components/IsolatedText';
import { useCopy } from '../../../components/use-copy';
import { useAppText } from '../../../i18n/app-text';
import { liveCheckAddress } from '../live-check-address';
import { QrCode } from './QrCode';

interface Props {
  /** The connecting device can scan a QR code (a phone or a tablet): the address comes as one too. */
  readonly withQr: boolean;
}

/** The address of the live check page, to open on the device that joined the hotspot. */
export function LiveCheckAddress({ withQr }: Props) {
  const { t, language } = useAppText();
  const id = useId();
  const [copyState, copy] = useCopy();
  const address = liveCheckAddress(window.location.origin, language);
  return (
    <section className="tool" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="heading-s">
        {t('tools.liveCheck.title')}
      </h3>
      <p className="live-check-address">
        <bdi dir="ltr">
          <code>{address}</code>
        </bdi>
      </p>
      <button type="button" className="button button-secondary" onClick={() => void copy(address)}>
        {t('tools.liveCheck.copy')}
      </button>
      <CopyStatus state={copyState} />
      {withQr && (
        <div className="qr-panel">
          <QrCode text={address} label={t('tools.liveCheck.qrLabel', { address })} />
          <p>
            <IsolatedText>{t('tools.liveCheck.qrHint')}</IsolatedText>
          </p>
        </div>
      )}
    </section>
  );
}
