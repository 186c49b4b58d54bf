import { useTranslation } from 'react-i18next';
import { IsolatedText } from './IsolatedText';

interface Props {
  onRetry: () => void;
  onStartAgain: () => void;
}

/** Shown when a screen fails: answers and ticks are kept; the person can retry or start again. */
export function ScreenFailed({ onRetry, onStartAgain }: Props) {
  const { t } = useTranslation();
  return (
    <div className="error-summary" role="alert">
      <h1 id="page-heading" className="page-heading" tabIndex={-1}>
        {t('failure.title')}
      </h1>
      <p>
        <IsolatedText>{t('failure.body')}</IsolatedText>
      </p>
      <div className="button-group">
        <button type="button" className="button" onClick={onRetry}>
          {t('failure.retry')}
        </button>
        <button type="button" className="button button-secondary" onClick={onStartAgain}>
          {t('nav.startAgain')}
        </button>
      </div>
    </div>
  );
}
