import { useState } from 'react';
import { useAppText } from '../../../i18n/app-text';
import { ChoiceList } from '../../../components/ChoiceList';
import { CopyStatus } from '../../../components/CopyStatus';
import { FactList } from '../../../components/FactList';
import { IsolatedText } from '../../../components/IsolatedText';
import { useCopy } from '../../../components/use-copy';
import { factById } from '../../../content/catalog';
import { whatsAppHref } from '../../../lib/dial-links';
import type { Answers } from '../../../journey/flow';
import { journeyPath } from '../../../journey/path';
import { carrierOf } from '../../../outcome/answers-view';
import { IMEI_QUESTION, IMEI_STATUSES, networkMessage } from '../../../outcome/network-message';
import { useEnglishText } from './english-text';

const NOT_ADDED = 'none';
const IMEI_CHOICES = [NOT_ADDED, ...IMEI_STATUSES];

interface Props {
  readonly answers: Answers;
  /** The fixes tried, in ladder order. */
  readonly tried: readonly string[];
}

const whatsAppLink = (text: string, chat = 'https://wa.me/') => `${chat}?text=${encodeURIComponent(text)}`;

/**
 * A message for the network's helpline, in the person's language and in English, ready to change,
 * copy or send on WhatsApp, with the number to call. The app itself sends nothing.
 */
export function NetworkMessage({ answers, tried }: Props) {
  const { t, language } = useAppText();
  const english = useEnglishText();
  const [imei, setImei] = useState(NOT_ADDED);
  // What the person typed stays, even if they change the PTA choice after.
  const [edited, setEdited] = useState<{ own?: string; english?: string }>({});
  const [copyState, copy] = useCopy();
  const status: string | null = imei === NOT_ADDED ? null : imei;
  const own = edited.own ?? networkMessage(t, answers, tried, status);
  const inEnglish = language === 'en' || english === null ? null : (edited.english ?? networkMessage(english, answers, tried, status));
  const text = inEnglish === null ? own : `${own}\n\n${inEnglish}`;
  const network = carrierOf(journeyPath(answers).active);
  const networkName = t(`questions.carrier.options.${network.id}`);
  const networkChat = network.whatsApp === undefined ? undefined : whatsAppHref(factById(network.whatsApp).value);

  return (
    <div className="network-message">
      <fieldset className="field">
        <legend className="field-label">
          <IsolatedText>{t('checklist.message.imeiLabel')}</IsolatedText>
        </legend>
        <p className="hint">
          <IsolatedText>{t('checklist.message.imeiHint')}</IsolatedText>
        </p>
        <ChoiceList
          type="radio"
          idPrefix="message-imei"
          name="message-imei"
          choices={IMEI_CHOICES.map((value) => ({
            value,
            label: value === NOT_ADDED ? t('checklist.message.imeiNone') : t(`questions.${IMEI_QUESTION}.options.${value}`),
          }))}
          isChecked={(value) => value === imei}
          onChange={(value) => setImei(value)}
        />
      </fieldset>
      <div className="field">
        <label className="field-label" htmlFor="message-own">
          <IsolatedText>{t('checklist.message.ownLabel')}</IsolatedText>
        </label>
        <textarea
          id="message-own"
          className="message-text"
          rows={10}
          value={own}
          onChange={(event) => setEdited({ ...edited, own: event.target.value })}
        />
      </div>
      {inEnglish !== null && (
        <div className="field">
          <label className="field-label" htmlFor="message-english">
            <IsolatedText>{t('checklist.message.englishLabel')}</IsolatedText>
          </label>
          <textarea
            id="message-english"
            className="message-text"
            dir="ltr"
            lang="en"
            rows={10}
            value={inEnglish}
            onChange={(event) => setEdited({ ...edited, english: event.target.value })}
          />
        </div>
      )}
      <div className="button-group">
        <button type="button" className="button" onClick={() => void copy(text)}>
          {t('checklist.message.copy')}
        </button>
        <a className="button button-secondary" href={whatsAppLink(text)} target="_blank" rel="noopener noreferrer">
          {t('checklist.message.whatsApp')}
        </a>
        {networkChat !== undefined && (
          <a className="button button-secondary" href={whatsAppLink(text, networkChat)} target="_blank" rel="noopener noreferrer" data-chat="network">
            {t('checklist.message.networkWhatsApp', { network: networkName })}
          </a>
        )}
      </div>
      <CopyStatus state={copyState} />
      {networkChat !== undefined && (
        <p className="hint">
          <IsolatedText>{t('checklist.message.networkWhatsAppNote', { network: networkName })}</IsolatedText>
        </p>
      )}
      <h3 className="heading-s">
        <IsolatedText>{t('checklist.message.callTitle')}</IsolatedText>
      </h3>
      {network.helpline === undefined ? (
        <p>
          <IsolatedText>{t('checklist.message.noHelpline')}</IsolatedText>
        </p>
      ) : (
        <FactList facts={[network.helpline]} />
      )}
    </div>
  );
}
