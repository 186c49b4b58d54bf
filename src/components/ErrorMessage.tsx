import { useAppText } from '../i18n/app-text';
import { IsolatedText } from './IsolatedText';

/** GOV.UK inline error: the message beside its field, with a hidden "Error:" for screen readers. */
export function ErrorMessage({ id, message }: { id?: string; message: string }) {
  const { t } = useAppText();
  return (
    <p id={id} className="error-message">
      <span className="visually-hidden">{t('form.errorPrefix')} </span>
      <IsolatedText>{message}</IsolatedText>
    </p>
  );
}
