import { Fragment, type ReactNode } from 'react';
import { useAppText } from '../i18n/app-text';
import { splitLtrRuns } from '../lib/ltr-runs';

/** Renders translated text; in a right-to-left language, codes and names are wrapped in `<bdi>`. */
export function IsolatedText({ children }: { children: string }): ReactNode {
  if (useAppText().dir !== 'rtl') return children;
  return splitLtrRuns(children).map((part, index) =>
    part.ltr ? (
      <bdi key={index} dir="ltr">
        {part.text}
      </bdi>
    ) : (
      <Fragment key={index}>{part.text}</Fragment>
    ),
  );
}
