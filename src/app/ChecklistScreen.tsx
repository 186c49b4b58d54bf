import { Suspense } from 'react';
import { Loading } from '../components/Loading';
import { checklistPage, ResultTools } from './later-screens';

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
