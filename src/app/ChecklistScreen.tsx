import { lazy, Suspense } from 'react';
import { useAppText } from '../i18n/app-text';
import { IsolatedText } from '../components/IsolatedText';
import { identifierChecker, questionHelp } from '../features/wizard/components/deferred-question-parts';
import { loadResultStrings } from '../i18n/i18n';
import { deferredComponent } from '../lib/deferred-component';
import { oneTaskEach } from '../lib/one-task-each';
import { loadChecklistPage, loadResultTools } from './later-screen-code';

// The checklist, its tools and their strings are not part of the start page's download.
const checklist = deferredComponent(loadChecklistPage, loadResultStrings);
const LATER_SCREENS = [checklist, questionHelp, identifierChecker];
const ResultTools = lazy(loadResultTools);

/** Fetches what later screens need, code and strings, ahead of need. */
export function preloadLaterScreens(): Promise<unknown> {
  return oneTaskEach([...LATER_SCREENS.map((screen) => screen.preload), loadResultTools]);
}

function Loading() {
  const { t } = useAppText();
  return (
    <p role="status">
      <IsolatedText>{t('app.loading')}</IsolatedText>
    </p>
  );
}

/** The result page; says it is loading while its code or strings are still on the way. */
export function ChecklistScreen() {
  return (
    <Suspense fallback={<Loading />}>
      <checklist.Deferred>
        <Suspense fallback={null}>
          <ResultTools />
        </Suspense>
      </checklist.Deferred>
    </Suspense>
  );
}
