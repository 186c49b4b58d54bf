import { useTranslation } from 'react-i18next';
import { IsolatedText } from './IsolatedText';

/** GOV.UK inline error: the message beside its field, with a hidden "Error:" for screen readers. */
export function ErrorMessage({ id, message }: { id?: string; message: string }) {
  const { t } = useTranslation();
  return (
    <p id={id} className="error-message">
      <span className="visually-hidden">{t('form.errorPrefix')} </span>
      <IsolatedText>{message}</IsolatedText>
    </p>
  );
}
