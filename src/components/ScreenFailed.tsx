import { useAppText } from '../i18n/app-text';
import { IsolatedText } from './IsolatedText';
import { PageHeading } from './PageHeading';

interface Props {
  onRetry: () => void;
  onStartAgain: () => void;
}

/** Shown when a screen fails: answers and ticks are kept; the person can retry or start again. */
export function ScreenFailed({ onRetry, onStartAgain }: Props) {
  const { t } = useAppText();
  return (
    <div className="error-summary" role="alert">
      <PageHeading>{t('failure.title')}</PageHeading>
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
