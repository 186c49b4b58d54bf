import { checkIdentifier, requireAsciiDigits, type IdentifierError, type IdentifierSpec } from './identifier';

/**
 * eUICC identifier (EID) check, GSMA SGP.02/SGP.29: 32 decimal digits whose last two are check digits
 * chosen so that the whole number mod 97 is 1 (ISO/IEC 7064 MOD 97-10). Most EIDs begin with "89",
 * but SGP.29 allows other prefixes, so the prefix is not checked.
 */
export const EID_LENGTH = 32;

export type EidError = IdentifierError<'checksum'>;

export type EidResult = { readonly ok: true; readonly eid: string } | { readonly ok: false; readonly error: EidError };

/** The two check digits for the first 30 digits of an EID: 98 − (first30 × 100 mod 97), zero-padded. */
export function eidCheckDigits(first30: string): string {
  requireAsciiDigits(first30, EID_LENGTH - 2, 'eidCheckDigits');
  const check = 98n - ((BigInt(first30) * 100n) % 97n);
  return check.toString().padStart(2, '0');
}

export const EID: IdentifierSpec<'checksum'> = {
  length: EID_LENGTH,
  passesCheck: (eid) => BigInt(eid) % 97n === 1n,
  checkError: 'checksum',
};

/** Checks an EID as a person typed or pasted it (Urdu/Arabic/full-width digits, spaces and dashes allowed). */
export function checkEid(input: string): EidResult {
  const result = checkIdentifier(input, EID);
  return result.ok ? { ok: true, eid: result.digits } : result;
}
