import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEid } from '../../src/features/tools/eid';
import { checkImei } from '../../src/features/tools/imei';
import { parseDataAmount } from '../../src/features/tools/data-budget';
import { parsePasswordLength } from '../../src/features/tools/password';
import { pastedText, sprinkled } from '../support/invisible-marks';

const RUNS = { numRuns: 1000 };

/** Every number field of the app, with a valid input and what it must read from it. */
const FIELDS = [
  { name: 'IMEI', valid: '490154203237518', read: (input: string) => checkImei(input), expected: { ok: true, imei: '490154203237518' } },
  { name: 'EID', valid: '89049032123451234512345678901235', read: (input: string) => checkEid(input), expected: { ok: true, eid: '89049032123451234512345678901235' } },
  { name: 'data amount', valid: '1,500.5', read: (input: string) => parseDataAmount(input, 'MB'), expected: { ok: true, mb: 1500.5 } },
  { name: 'password length', valid: '۱۴', read: (input: string) => parsePasswordLength(input), expected: 14 },
] as const;

describe('every number field ignores marks nobody sees', () => {
  it.each(FIELDS)('$name reads the same number with invisible marks anywhere in it', ({ valid, read, expected }) => {
    expect(read(valid)).toEqual(expected);
    fc.assert(
      fc.property(sprinkled(valid), (input) => {
        expect(read(input)).toEqual(expected);
      }),
      RUNS,
    );
  });

  it.each(FIELDS)('$name answers any text up to 100,000 characters without throwing', ({ read }) => {
    fc.assert(
      fc.property(pastedText, (input) => {
        read(input);
      }),
      RUNS,
    );
  });
});
