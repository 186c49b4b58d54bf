import { Fragment, type ReactNode } from 'react';
import { useAppText } from '../i18n/app-text';

/**
 * Runs of Latin letters, digits and code characters (USSD codes, APNs, brand and menu names).
 * A run may hold inner spaces and punctuation but starts and ends on a letter, digit, * or #.
 */
const LTR_RUN = /[A-Za-z0-9*#+][A-Za-z0-9*#+.,:;&@'’_/\-–> ()]*[A-Za-z0-9*#)]|[A-Za-z0-9*#]/g;

/** Splits text so every left-to-right run can be isolated from the right-to-left text around it. */
export function splitLtrRuns(text: string): { text: string; ltr: boolean }[] {
  const parts: { text: string; ltr: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(LTR_RUN)) {
    const start = match.index;
    if (start > last) parts.push({ text: text.slice(last, start), ltr: false });
    parts.push({ text: match[0], ltr: true });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), ltr: false });
  return parts;
}

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
