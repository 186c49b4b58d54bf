/** The kinds of phone a browser can be told apart by: the device question's options of the same name. */
export type GuessedPhone = 'iphone' | 'android';

/**
 * What kind of phone this browser runs on, from its user agent: an iPhone, an Android phone (Android
 * tablets say "Android" without "Mobile"), or null when it does not say (an iPad says it is a Mac).
 */
export function guessPhone(userAgent: string): GuessedPhone | null {
  if (/\biPhone\b/.test(userAgent)) return 'iphone';
  if (/\bAndroid\b/.test(userAgent) && /\bMobile\b/.test(userAgent)) return 'android';
  return null;
}
