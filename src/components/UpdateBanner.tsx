import { useAppText } from '../i18n/app-text';
import { IsolatedText } from './IsolatedText';

/** A gentle prompt: a new version of the app is ready; reloading applies it. */
export function UpdateBanner({ onReload }: { onReload: () => void }) {
  const { t } = useAppText();
  return (
    <div className="update-banner" role="status">
      <p>
        <IsolatedText>{t('update.available')}</IsolatedText>
      </p>
      <button type="button" className="button button-secondary" onClick={onReload}>
        {t('update.reload')}
      </button>
    </div>
  );
}
