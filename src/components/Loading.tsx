import { useAppText } from '../i18n/app-text';
import { IsolatedText } from './IsolatedText';

/** Says a screen is loading while its code or strings are still on the way. */
export function Loading() {
  const { t } = useAppText();
  return (
    <p role="status">
      <IsolatedText>{t('app.loading')}</IsolatedText>
    </p>
  );
}
