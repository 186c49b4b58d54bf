/**
 * Runs of Latin letters, digits and code characters (USSD codes, APNs, brand and menu names).
 * A run may hold inner spaces and punctuation but starts and ends on a letter, digit, * or #, or on
 * the brackets around it: "(AP band)" is one run, so both brackets stay with their words.
 */
const LTR_RUN = /\(?[A-Za-z0-9*#+](?:[A-Za-z0-9*#+.,:;&@'’_/\-–> ()]*[A-Za-z0-9*#)])?/g;

const count = (text: string, bracket: string) => text.split(bracket).length - 1;

/**
 * A run without its unmatched outer brackets: in "(Jazz نمبر سے کال کریں)" the opening bracket belongs
 * to the Urdu text that closes it, not to "Jazz".
 */
function withoutUnmatchedBrackets(run: string): string {
  let text = run;
  for (let before = ''; before !== text; ) {
    before = text;
    if (text.startsWith('(') && count(text, '(') > count(text, ')')) text = text.slice(1);
    if (text.endsWith(')') && count(text, ')') > count(text, '(')) text = text.slice(0, -1);
    text = text.trim();
  }
  return text;
}

/** Splits text so every left-to-right run can be isolated from the right-to-left text around it. */
export function splitLtrRuns(text: string): { text: string; ltr: boolean }[] {
  const parts: { text: string; ltr: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(LTR_RUN)) {
    const run = withoutUnmatchedBrackets(match[0]);
    if (!/[A-Za-z0-9*#]/.test(run)) continue;
    const start = match.index + match[0].indexOf(run);
    if (start > last) parts.push({ text: text.slice(last, start), ltr: false });
    parts.push({ text: run, ltr: true });
    last = start + run.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), ltr: false });
  return parts;
}
