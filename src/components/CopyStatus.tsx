import { useAppText } from '../i18n/app-text';
import type { CopyState } from './use-copy';

/** Says whether the last copy worked; a live region, so screen readers hear it too. */
export function CopyStatus({ state }: { state: CopyState }) {
  const { t } = useAppText();
  return (
    <p className="status-message" role="status">
      {state === 'idle' ? null : t(`tools.copy.${state}`)}
    </p>
  );
}
