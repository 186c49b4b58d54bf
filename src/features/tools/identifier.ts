import { identifierDigits } from '../../lib/digits';

/** What sets one kind of number apart: how many digits it has and the check its digits must pass. */
export interface IdentifierSpec<CheckError extends string> {
  readonly length: number;
  readonly passesCheck: (digits: string) => boolean;
  /** The error when the digits are all there but fail the check. */
  readonly checkError: CheckError;
}

export type IdentifierError<CheckError extends string> = 'empty' | 'notDigits' | 'wrongLength' | CheckError;

export type IdentifierResult<CheckError extends string> =
  | { readonly ok: true; readonly digits: string }
  | { readonly ok: false; readonly error: IdentifierError<CheckError> };

const ASCII_DIGITS = /^[0-9]+$/;

/** Checks a number as a person typed or pasted it (Urdu/Arabic/full-width digits, spaces and dashes allowed). */
export function checkIdentifier<CheckError extends string>(
  input: string,
  spec: IdentifierSpec<CheckError>,
): IdentifierResult<CheckError> {
  const digits = identifierDigits(input);
  if (digits === '') return { ok: false, error: 'empty' };
  if (!ASCII_DIGITS.test(digits)) return { ok: false, error: 'notDigits' };
  if (digits.length !== spec.length) return { ok: false, error: 'wrongLength' };
  if (!spec.passesCheck(digits)) return { ok: false, error: spec.checkError };
  return { ok: true, digits };
}

/** For the check-digit functions: their input must be exactly `length` ASCII digits. */
export function requireAsciiDigits(text: string, length: number, caller: string): void {
  if (text.length !== length || !ASCII_DIGITS.test(text)) {
    throw new RangeError(`${caller} expects exactly ${length} ASCII digits`);
  }
}
