/** The live check page's path on this app's host (built by scripts/check-page.mjs). */
export const LIVE_CHECK_PATH = '/check/';

/**
 * The address to open on the connected device: short enough to type, on this app's own host (the
 * page proves that host is reachable), in the language the person is reading.
 */
export function liveCheckAddress(origin: string, language: string): string {
  return `${origin}${LIVE_CHECK_PATH}?lang=${encodeURIComponent(language)}`;
}
