import { checkIdentifier, requireAsciiDigits, type IdentifierError, type IdentifierSpec } from './identifier';

/**
 * IMEI check (3GPP TS 23.003 §6.2.1): 15 digits, an 8-digit Type Allocation Code, a 6-digit serial
 * number and a Luhn check digit computed over the first 14.
 */
export const IMEI_LENGTH = 15;

export type ImeiError = IdentifierError<'checkDigit'>;

export type ImeiResult = { readonly ok: true; readonly imei: string } | { readonly ok: false; readonly error: ImeiError };

/**
 * The Luhn check digit for the first 14 digits of an IMEI: from the right, every other digit
 * (starting with the last) is doubled, and the digits of the products are summed.
 */
export function luhnCheckDigit(first14: string): number {
  requireAsciiDigits(first14, IMEI_LENGTH - 1, 'luhnCheckDigit');
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

export const IMEI: IdentifierSpec<'checkDigit'> = {
  length: IMEI_LENGTH,
  passesCheck: (imei) => imei.charCodeAt(IMEI_LENGTH - 1) - 48 === luhnCheckDigit(imei.slice(0, IMEI_LENGTH - 1)),
  checkError: 'checkDigit',
};

/** Checks an IMEI as a person typed or pasted it (Urdu/Arabic/full-width digits, spaces and dashes allowed). */
export function checkImei(input: string): ImeiResult {
  const result = checkIdentifier(input, IMEI);
  return result.ok ? { ok: true, imei: result.digits } : result;
}
