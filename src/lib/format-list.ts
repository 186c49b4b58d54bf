const formatters = new Map<string, Intl.ListFormat>();

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
  return formatter.format(items);
}
