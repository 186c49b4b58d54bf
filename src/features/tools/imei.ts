import { identifierDigits } from '../../lib/digits';

/**
 * IMEI check (3GPP TS 23.003 §6.2.1): 15 digits, an 8-digit Type Allocation Code, a 6-digit serial
 * number and a Luhn check digit computed over the first 14.
 */
export const IMEI_LENGTH = 15;

export type ImeiError = 'empty' | 'notDigits' | 'wrongLength' | 'checkDigit';

export type ImeiResult = { readonly ok: true; readonly imei: string } | { readonly ok: false; readonly error: ImeiError };

const ASCII_DIGITS = /^[0-9]+$/;

/**
 * The Luhn check digit for the first 14 digits of an IMEI: from the right, every other digit
 * (starting with the last) is doubled, and the digits of the products are summed.
 */
export function luhnCheckDigit(first14: string): number {
  if (first14.length !== IMEI_LENGTH - 1 || !ASCII_DIGITS.test(first14)) {
    throw new RangeError('luhnCheckDigit expects exactly 14 ASCII digits');
  }
  let sum = 0;
  for (let i = 0; i < first14.length; i += 1) {
    const digit = first14.charCodeAt(first14.length - 1 - i) - 48;
    if (i % 2 === 0) {
      const doubled = digit * 2;
      sum += doubled > 9 ? doubled - 9 : doubled;
    } else {
      sum += digit;
    }
  }
  return (10 - (sum % 10)) % 10;
}

/** Checks an IMEI as a person typed or pasted it (Urdu/Arabic/full-width digits, spaces and dashes allowed). */
export function checkImei(input: string): ImeiResult {
  const imei = identifierDigits(input);
  if (imei === '') return { ok: false, error: 'empty' };
  if (!ASCII_DIGITS.test(imei)) return { ok: false, error: 'notDigits' };
  if (imei.length !== IMEI_LENGTH) return { ok: false, error: 'wrongLength' };
  const expected = luhnCheckDigit(imei.slice(0, IMEI_LENGTH - 1));
  if (imei.charCodeAt(IMEI_LENGTH - 1) - 48 !== expected) return { ok: false, error: 'checkDigit' };
  return { ok: true, imei };
}
