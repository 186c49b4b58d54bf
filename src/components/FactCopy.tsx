import { useAppText } from '../i18n/app-text';
import { CopyStatus } from './CopyStatus';
import { useCopy } from './use-copy';

/** A button that copies a fact's value, named with it, and says when it is copied. */
export function FactCopy({ value }: { value: string }) {
  const { t } = useAppText();
  const [state, copy] = useCopy();
  return (
    <div className="fact-copy">
      <button
        type="button"
        className="button button-secondary"
        aria-label={t('checklist.copyValue', { value })}
        onClick={() => void copy(value)}
      >
        {t('checklist.copy')}
      </button>
      <CopyStatus state={state} />
    </div>
  );
}
