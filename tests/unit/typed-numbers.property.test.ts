import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEid } from '../../src/features/tools/eid';
import { checkImei } from '../../src/features/tools/imei';
import { parseDataAmount } from '../../src/features/tools/data-budget';
import { parsePasswordLength } from '../../src/features/tools/password';

const RUNS = { numRuns: 1000 };

/** Marks copied text carries that nobody sees: direction marks and isolates, zero-width characters, the BOM. */
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u061c', '\u2060', '\ufeff'];

/** The text with invisible marks slipped in anywhere, as many as it has characters. */
const sprinkled = (text: string) =>
  fc
    .array(fc.tuple(fc.nat(text.length), fc.constantFrom(...INVISIBLE)), { maxLength: text.length + 1 })
    .map((marks) => marks.reduce((out, [at, mark]) => out.slice(0, at) + mark + out.slice(at), text));

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
    const text = fc.oneof(
      fc.string({ maxLength: 200, unit: 'grapheme' }),
      fc.tuple(fc.string({ maxLength: 8 }), fc.integer({ min: 1, max: 100_000 })).map(([chunk, length]) => chunk.repeat(length).slice(0, 100_000)),
    );
    fc.assert(
      fc.property(text, (input) => {
        read(input);
      }),
      RUNS,
    );
  });
});
