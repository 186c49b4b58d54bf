import { describe, expect, it } from 'vitest';
import { checkEid, eidCheckDigits } from '../../src/features/tools/eid';

/** A valid EID: 30 digits followed by their check digits. */
function eidFrom(first30: string): string {
  return first30 + eidCheckDigits(first30);
}

/** A widely quoted example EID (mod 97 = 1). */
const EXAMPLE = '89049032123451234512345678901235';

const URDU = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC = '٠١٢٣٤٥٦٧٨٩';
const FULL_WIDTH = '０１２３４５６７８９';

function inDigits(ascii: string, digits: string): string {
  return ascii.replace(/[0-9]/g, (d) => digits[Number(d)]);
}

describe('eidCheckDigits', () => {
  it('gives the check digits of the example EID', () => {
    expect(eidCheckDigits(EXAMPLE.slice(0, 30))).toBe('35');
  });

  it.each([
    '890490321234512345123456789012',
    '890010120123412340123456789012',
    '350000000000000000000000000000',
    '000000000000000000000000000000',
    '999999999999999999999999999999',
    '123456789012345678901234567890',
  ])('makes %s a number that is 1 mod 97', (first30) => {
    const check = eidCheckDigits(first30);
    expect(check).toMatch(/^\d{2}$/);
    expect(Number(check)).toBeGreaterThanOrEqual(2);
    expect(Number(check)).toBeLessThanOrEqual(98);
    expect(BigInt(first30 + check) % 97n).toBe(1n);
  });

  it('zero-pads a one-digit check', () => {
    // Search for 30 digits whose check is below 10 and make sure it is written with two digits.
    let found = '';
    for (let serial = 0; serial < 1000 && !found; serial += 1) {
      const first30 = `8904903212345123451234567${String(serial).padStart(5, '0')}`;
      if (Number(eidCheckDigits(first30)) < 10) found = first30;
    }
    expect(found).not.toBe('');
    const check = eidCheckDigits(found);
    expect(check).toHaveLength(2);
    expect(check[0]).toBe('0');
    expect(checkEid(found + check)).toEqual({ ok: true, eid: found + check });
  });

  it.each(['', '89049032123451234512345678901', '8904903212345123451234567890123', '89049032123451234512345678901X'])(
    'refuses %j (not 30 ASCII digits)',
    (bad) => {
      expect(() => eidCheckDigits(bad)).toThrow(RangeError);
    },
  );
});

describe('checkEid', () => {
  it('accepts the example EID', () => {
    expect(checkEid(EXAMPLE)).toEqual({ ok: true, eid: EXAMPLE });
  });

  it.each([
    ['an 89 prefix', '890440451167274948000000044793'],
    ['another 89 EID', '890010120123412340123456789012'],
    ['a 35 prefix', '350000000000000000000000000000'],
    ['a 00 prefix', '001234567890123456789012345678'],
    ['a 12 prefix', '123456789012345678901234567890'],
  ])('accepts a generated EID with %s', (_label, first30) => {
    const eid = eidFrom(first30);
    expect(checkEid(eid)).toEqual({ ok: true, eid });
  });

  it('rejects the example with any single digit changed', () => {
    for (let i = 0; i < EXAMPLE.length; i += 1) {
      const flipped = EXAMPLE.slice(0, i) + String((Number(EXAMPLE[i]) + 1) % 10) + EXAMPLE.slice(i + 1);
      expect(checkEid(flipped), flipped).toEqual({ ok: false, error: 'checksum' });
    }
  });

  it('rejects two swapped neighbouring digits', () => {
    expect(checkEid('89049032123451234512345678902135')).toEqual({ ok: false, error: 'checksum' });
  });

  it.each([
    ['31 digits', EXAMPLE.slice(0, 31)],
    ['33 digits', `${EXAMPLE}0`],
    ['an IMEI', '490154203237518'],
  ])('rejects %s as the wrong length', (_label, input) => {
    expect(checkEid(input)).toEqual({ ok: false, error: 'wrongLength' });
  });

  it.each([
    ['letters', `${EXAMPLE.slice(0, 31)}A`],
    ['hex digits', '89049032ABCDEF234512345678901235'],
    ['a plus sign', `+${EXAMPLE}`],
  ])('rejects %s as not digits', (_label, input) => {
    expect(checkEid(input)).toEqual({ ok: false, error: 'notDigits' });
  });

  it.each([
    ['nothing', ''],
    ['only whitespace', ' \u00A0\t\n'],
  ])('reports %s as empty', (_label, input) => {
    expect(checkEid(input)).toEqual({ ok: false, error: 'empty' });
  });

  it.each([
    ['Urdu', URDU],
    ['Arabic-Indic', ARABIC],
    ['full-width', FULL_WIDTH],
  ])('reads %s digits', (_label, digits) => {
    expect(checkEid(inDigits(EXAMPLE, digits))).toEqual({ ok: true, eid: EXAMPLE });
    expect(checkEid(inDigits('89049032123451234512345678901236', digits))).toEqual({ ok: false, error: 'checksum' });
  });

  it.each([
    ['groups of four', '8904 9032 1234 5123 4512 3456 7890 1235'],
    ['no-break spaces', '89049032\u00A012345123\u00A045123456\u00A078901235'],
    ['line breaks', '8904903212345123\n4512345678901235\r\n'],
    ['dashes', '89049032-12345123–45123456—78901235'],
    ['slashes', '89049032/12345123/45123456/78901235'],
  ])('ignores %s', (_label, input) => {
    expect(checkEid(input)).toEqual({ ok: true, eid: EXAMPLE });
  });
});
