/**
 * Checks a hotspot (Wi-Fi network) name before the user types it into the phone: laptops show
 * non-ASCII names badly or not at all, and an SSID can hold at most 32 bytes.
 */

export type HotspotNameIssue = 'empty' | 'nonAscii' | 'tooLong';

/** The Wi-Fi SSID limit in bytes (IEEE 802.11). */
export const MAX_SSID_BYTES = 32;

const encoder = new TextEncoder();

/** Anything outside printable ASCII (U+0020–U+007E). */
const NON_ASCII = /[^\u0020-\u007e]/;

/** The length of `text` in bytes when encoded as UTF-8. */
export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

/**
 * The problems with a hotspot name, after trimming surrounding whitespace: `empty` (alone),
 * otherwise any of `nonAscii` and `tooLong` (more than 32 UTF-8 bytes), in that order.
 * An empty array means the name is fine.
 */
export function checkHotspotName(name: string): HotspotNameIssue[] {
  const trimmed = name.trim();
  if (trimmed === '') return ['empty'];
  const issues: HotspotNameIssue[] = [];
  if (NON_ASCII.test(trimmed)) issues.push('nonAscii');
  if (utf8Length(trimmed) > MAX_SSID_BYTES) issues.push('tooLong');
  return issues;
}
