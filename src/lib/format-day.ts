const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A day written `yyyy-mm-dd`, as a date in a locale ("2 December 2026", "2026年12月2日"). The day
 * is read and written in UTC, so it is the same day wherever the phone is. One formatter per locale,
 * made on first use (the first one loads the browser's calendar data).
 */
export function formatDay(day: string, locale: string): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    formatters.set(locale, formatter);
  }
  return formatter.format(new Date(`${day}T00:00:00Z`));
}
