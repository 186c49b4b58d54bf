import { IsolatedText } from '../../../components/IsolatedText';
import { useAppText } from '../../../i18n/app-text';
import { useOfflineReady } from '../../../lib/use-offline-ready';

/** Says, once the service worker answers, whether the app now works on this device without internet. */
export function OfflineStatus() {
  const { t } = useAppText();
  const ready = useOfflineReady();
  if (ready === null) return null;
  return (
    <p className="hint" role="status">
      <IsolatedText>{t(ready ? 'checklist.offline.ready' : 'checklist.offline.notYet')}</IsolatedText>
    </p>
  );
}
