const formatters = new Map<string, Intl.ListFormat>();

/**
 * Where a browser's list format puts a comma before the last "and" that the language does not: Urdu
 * writes "الف، ب اور ج", while the browsers' data gives "الف، ب، اور ج".
 */
const SERIAL_COMMA: Readonly<Record<string, readonly [string, string]>> = { ur: ['، اور ', ' اور '] };

/**
 * Joins words into one list for a locale ("a, b and c"; "a、b和c"; "a، b اور c"). Each locale's
 * formatter is made on first use and kept, as number formatters are (format-number.ts).
 */
export function formatList(items: readonly string[], locale: string): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    formatters.set(locale, formatter);
  }
  const [written, idiomatic] = SERIAL_COMMA[locale] ?? ['', ''];
  const list = formatter.format(items);
  return written ? list.replace(written, idiomatic) : list;
}
