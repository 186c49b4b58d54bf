import { useEffect } from 'react';
import { useAppText } from '../i18n/app-text';
import { inNextTask } from '../lib/next-task';

/** Names the page in the browser tab and for screen readers: "<page> – <app>". */
export function useDocumentTitle(pageTitle: string): void {
  const { t } = useAppText();
  const appName = t('app.name');
  useEffect(
    () =>
      inNextTask(() => {
        document.title = `${pageTitle} – ${appName}`;
      }),
    [pageTitle, appName],
  );
}
