/**
 * Turns numbers typed on Urdu, Arabic or Chinese/Japanese (full-width) keyboards into ASCII, so
 * the rest of the app only has to understand 0-9, '.' and ','.
 */

const ZERO_POINTS = [
  0x06f0, // Extended Arabic-Indic (Urdu, Persian) ۰-۹
  0x0660, // Arabic-Indic ٠-٩
  0xff10, // full-width ０-９
] as const;

const SEPARATORS: Readonly<Record<string, string>> = {
  '\u066b': '.', // ٫ Arabic decimal separator
  '\u066c': ',', // ٬ Arabic thousands separator
  '\uff0e': '.', // ． full-width full stop
  '\uff0c': ',', // ， full-width comma
};

const FOREIGN_DIGIT_OR_SEPARATOR = /[\u06f0-\u06f9\u0660-\u0669\uff10-\uff19\u066b\u066c\uff0e\uff0c]/g;

/**
 * Invisible format characters (Unicode category Cf): direction marks and isolates, zero-width spaces
 * and joiners, the BOM. Text copied from Urdu or Chinese pages, or a messaging app, often carries them.
 */
const FORMAT_MARKS = /\p{Cf}/gu;

/** Every Unicode White_Space character plus the BOM (which JS's `\s` also counts). */
const WHITESPACE = /[\s\p{White_Space}]/gu;

/** Hyphen-minus, the hyphens and dashes U+2010–U+2015, minus sign, small and full-width hyphen-minus. */
const DASHES = /[-\u2010-\u2015\u2212\ufe63\uff0d]/g;

function toAscii(char: string): string {
  const separator = SEPARATORS[char];
  if (separator !== undefined) return separator;
  const code = char.charCodeAt(0);
  for (const zero of ZERO_POINTS) {
    if (code >= zero && code <= zero + 9) return String(code - zero);
  }
  return char;
}

/**
 * Maps Urdu/Extended Arabic-Indic (U+06F0–U+06F9), Arabic-Indic (U+0660–U+0669) and full-width
 * (U+FF10–U+FF19) digits to ASCII 0-9, the Arabic decimal and thousands separators (٫ ٬) and the
 * full-width '．' and '，' to '.' and ','. Everything else is left unchanged.
 */
export function normalizeDigits(text: string): string {
  return text.replace(FOREIGN_DIGIT_OR_SEPARATOR, toAscii);
}

/** Removes invisible format characters (direction marks, zero-width spaces and joiners). */
export function stripFormatMarks(text: string): string {
  return text.replace(FORMAT_MARKS, '');
}

/**
 * A number as a person typed or pasted it, the one normaliser of every number field: any digit system
 * to ASCII, invisible marks and all whitespace removed.
 */
export function typedNumber(text: string): string {
  return stripWhitespace(stripFormatMarks(normalizeDigits(text)));
}

/** Removes all Unicode whitespace (including no-break and thin spaces). */
export function stripWhitespace(text: string): string {
  return text.replace(WHITESPACE, '');
}

/**
 * Removes all Unicode whitespace and hyphen/dash characters (U+002D, U+2010–U+2015, U+2212,
 * U+FE63, U+FF0D), e.g. to compare "0300-1234567" with "0300 1234567".
 */
export function stripSpacesAndDashes(text: string): string {
  return stripWhitespace(text).replace(DASHES, '');
}

/** An identifier as a person types it (IMEI, EID): a typed number with dashes and slashes dropped too. */
export function identifierDigits(text: string): string {
  return stripSpacesAndDashes(stripFormatMarks(normalizeDigits(text))).replace(/[/／]/g, '');
}
