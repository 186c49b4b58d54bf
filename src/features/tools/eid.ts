import { identifierDigits } from '../../lib/digits';

/**
 * eUICC identifier (EID) check, GSMA SGP.02/SGP.29: 32 decimal digits whose last two are check digits
 * chosen so that the whole number mod 97 is 1 (ISO/IEC 7064 MOD 97-10). Most EIDs begin with "89",
 * but SGP.29 allows other prefixes, so the prefix is not checked.
 */
export const EID_LENGTH = 32;

export type EidError = 'empty' | 'notDigits' | 'wrongLength' | 'checksum';

export type EidResult = { readonly ok: true; readonly eid: string } | { readonly ok: false; readonly error: EidError };

const ASCII_DIGITS = /^[0-9]+$/;

/** The two check digits for the first 30 digits of an EID: 98 − (first30 × 100 mod 97), zero-padded. */
export function eidCheckDigits(first30: string): string {
  if (first30.length !== EID_LENGTH - 2 || !ASCII_DIGITS.test(first30)) {
    throw new RangeError('eidCheckDigits expects exactly 30 ASCII digits');
  }
  const check = 98n - ((BigInt(first30) * 100n) % 97n);
  return check.toString().padStart(2, '0');
}

/** Checks an EID as a person typed or pasted it (Urdu/Arabic/full-width digits, spaces and dashes allowed). */
export function checkEid(input: string): EidResult {
  const eid = identifierDigits(input);
  if (eid === '') return { ok: false, error: 'empty' };
  if (!ASCII_DIGITS.test(eid)) return { ok: false, error: 'notDigits' };
  if (eid.length !== EID_LENGTH) return { ok: false, error: 'wrongLength' };
  if (BigInt(eid) % 97n !== 1n) return { ok: false, error: 'checksum' };
  return { ok: true, eid };
}
