import { Suspense } from 'react';
import { IsolatedText } from '../components/IsolatedText';
import { useAppText } from '../i18n/app-text';
import { checklistPage, ResultTools } from './later-screens';

function Loading() {
  const { t } = useAppText();
  return (
    <p role="status">
      <IsolatedText>{t('app.loading')}</IsolatedText>
    </p>
  );
}

/** The result page with its tools; says it is loading while its code or strings are still on the way. */
export function ChecklistScreen() {
  return (
    <Suspense fallback={<Loading />}>
      <checklistPage.Deferred>
        <Suspense fallback={null}>
          <ResultTools />
        </Suspense>
      </checklistPage.Deferred>
    </Suspense>
  );
}
