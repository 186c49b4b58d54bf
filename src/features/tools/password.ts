import { typedNumber } from '../../lib/digits';
/**
 * Hotspot passwords that are easy to read aloud and type on a laptop: ASCII letters and digits
 * only (phones and older laptops disagree about other characters), without the look-alikes
 * 0 O o 1 l I.
 */

export const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 64;

/** Fills the array with uniformly random 32-bit integers and returns it. */
export type FillRandom = (array: Uint32Array) => Uint32Array;

const defaultFillRandom: FillRandom = (array) => crypto.getRandomValues(array);

/** Largest multiple of the alphabet size below 2^32: values at or above it are rejected, so `value % size` has no bias. */
const LIMIT = Math.floor(2 ** 32 / ALPHABET.length) * ALPHABET.length;

/** Gives up instead of looping forever if the random source never produces all three classes. */
const MAX_ATTEMPTS = 1000;

function randomString(length: number, fillRandom: FillRandom): string {
  let result = '';
  while (result.length < length) {
    const values = fillRandom(new Uint32Array(length - result.length + 4));
    for (const value of values) {
      if (value >= LIMIT) continue;
      result += ALPHABET[value % ALPHABET.length];
      if (result.length === length) break;
    }
  }
  return result;
}

function hasEveryClass(password: string): boolean {
  return /[a-z]/.test(password) && /[A-Z]/.test(password) && /[0-9]/.test(password);
}

/**
 * A random password of `length` characters (8–64) from {@link ALPHABET}, each character equally
 * likely, with at least one lowercase letter, one uppercase letter and one digit.
 * @throws RangeError when `length` is not a whole number from 8 to 64.
 */
export function generatePassword(length = 14, fillRandom: FillRandom = defaultFillRandom): string {
  if (!Number.isInteger(length) || length < MIN_PASSWORD_LENGTH || length > MAX_PASSWORD_LENGTH) {
    throw new RangeError(`Password length must be a whole number from ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH}, got ${length}.`);
  }
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const password = randomString(length, fillRandom);
    if (hasEveryClass(password)) return password;
  }
  throw new Error('The random source never produced a lowercase letter, an uppercase letter and a digit together.');
}

/** The longest Wi-Fi (WPA) passphrase phones accept. */
export const MAX_HOTSPOT_PASSWORD_LENGTH = 63;

/**
 * A password length as a person types it: any digit system, spaces ignored. Undefined unless it is a
 * whole number from {@link MIN_PASSWORD_LENGTH} to {@link MAX_HOTSPOT_PASSWORD_LENGTH}.
 */
export function parsePasswordLength(input: string): number | undefined {
  const digits = typedNumber(input);
  if (!/^\d{1,3}$/.test(digits)) return undefined;
  const length = Number(digits);
  return length >= MIN_PASSWORD_LENGTH && length <= MAX_HOTSPOT_PASSWORD_LENGTH ? length : undefined;
}

export type HotspotPasswordIssue = 'passwordNonAscii' | 'passwordTooShort' | 'passwordTooLong';

const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;

/** Why a typed password would not work as a hotspot (WPA) passphrase; null when it would, or is still empty. */
export function hotspotPasswordIssue(password: string): HotspotPasswordIssue | null {
  if (password === '') return null;
  if (!ASCII_PRINTABLE.test(password)) return 'passwordNonAscii';
  if (password.length < MIN_PASSWORD_LENGTH) return 'passwordTooShort';
  // WPA passphrases are 8 to 63 characters: phones refuse a longer one, and it would not fit a QR code.
  return password.length > MAX_HOTSPOT_PASSWORD_LENGTH ? 'passwordTooLong' : null;
}
