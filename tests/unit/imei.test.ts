import { describe, expect, it } from 'vitest';
import { checkImei, luhnCheckDigit } from '../../src/features/tools/imei';

/** A valid IMEI built from an 8-digit TAC and a 6-digit serial with our own Luhn digit. */
function imeiFrom(tac: string, serial: string): string {
  const first14 = tac + serial;
  return first14 + String(luhnCheckDigit(first14));
}

const EXAMPLE = '490154203237518';

const URDU = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC = '٠١٢٣٤٥٦٧٨٩';
const FULL_WIDTH = '０１２３４５６７８９';

function inDigits(ascii: string, digits: string): string {
  return ascii.replace(/[0-9]/g, (d) => digits[Number(d)]);
}

describe('luhnCheckDigit', () => {
  it('gives the check digit of the well-known example IMEI', () => {
    expect(luhnCheckDigit('49015420323751')).toBe(8);
  });

  it.each([
    ['35332811', '123456'],
    ['35209900', '176148'],
    ['86123405', '000000'],
    ['01234567', '999999'],
    ['00000000', '000000'],
  ])('makes TAC %s serial %s pass the Luhn sum', (tac, serial) => {
    const imei = imeiFrom(tac, serial);
    // Independent Luhn check over all 15 digits: the sum must be a multiple of 10.
    const sum = [...imei].reverse().reduce((total, ch, i) => {
      const d = Number(ch) * (i % 2 === 1 ? 2 : 1);
      return total + (d > 9 ? d - 9 : d);
    }, 0);
    expect(sum % 10).toBe(0);
    expect(checkImei(imei)).toEqual({ ok: true, imei });
  });

  it.each(['', '1234567890123', '123456789012345', '1234567890123a', '１２３４５６７８９０１２３４'])(
    'refuses %j (not 14 ASCII digits)',
    (bad) => {
      expect(() => luhnCheckDigit(bad)).toThrow(RangeError);
    },
  );
});

describe('checkImei', () => {
  it('accepts the well-known example', () => {
    expect(checkImei(EXAMPLE)).toEqual({ ok: true, imei: EXAMPLE });
  });

  it('accepts IMEIs generated from real-looking TACs', () => {
    for (const tac of ['35332811', '35209900', '86769204', '35692005']) {
      const imei = imeiFrom(tac, '424242');
      expect(checkImei(imei)).toEqual({ ok: true, imei });
    }
  });

  it('rejects every wrong check digit', () => {
    for (let d = 0; d <= 9; d += 1) {
      if (d === 8) continue;
      expect(checkImei(`49015420323751${d}`)).toEqual({ ok: false, error: 'checkDigit' });
    }
  });

  it('rejects a single changed digit in the body', () => {
    expect(checkImei('490154203237528')).toEqual({ ok: false, error: 'checkDigit' });
  });

  it.each([
    ['14 digits', '49015420323751'],
    ['16 digits', '4901542032375180'],
    ['an IMEISV (16 digits)', '4901542032375101'],
    ['one digit', '4'],
  ])('rejects %s as the wrong length', (_label, input) => {
    expect(checkImei(input)).toEqual({ ok: false, error: 'wrongLength' });
  });

  it.each([
    ['letters', '49015420323751A'],
    ['a USSD code', '*#06#'],
    ['a plus sign', '+490154203237518'],
    ['a dot', '490154.203237518'],
    ['Devanagari digits', '४९०१५४२०३२३७५१८'],
  ])('rejects %s as not digits', (_label, input) => {
    expect(checkImei(input)).toEqual({ ok: false, error: 'notDigits' });
  });

  it.each([
    ['nothing', ''],
    ['only spaces', '   '],
    ['only dashes and slashes', ' - / – '],
  ])('reports %s as empty', (_label, input) => {
    expect(checkImei(input)).toEqual({ ok: false, error: 'empty' });
  });

  it.each([
    ['Urdu', URDU],
    ['Arabic-Indic', ARABIC],
    ['full-width', FULL_WIDTH],
  ])('reads %s digits', (_label, digits) => {
    expect(checkImei(inDigits(EXAMPLE, digits))).toEqual({ ok: true, imei: EXAMPLE });
    expect(checkImei(inDigits('490154203237519', digits))).toEqual({ ok: false, error: 'checkDigit' });
  });

  it('reads a mix of digit systems', () => {
    const mixed = [...EXAMPLE].map((d, i) => [URDU, ARABIC, FULL_WIDTH, '0123456789'][i % 4][Number(d)]).join('');
    expect(checkImei(mixed)).toEqual({ ok: true, imei: EXAMPLE });
  });

  it.each([
    ['spaces', '49 015420 323751 8'],
    ['leading and trailing whitespace', '\t 490154203237518 \n'],
    ['no-break spaces', '49\u00A0015420\u202F323751\u00A08'],
    ['an ideographic space', '4901542032\u30003751 8'],
    ['hyphens', '49-015420-323751-8'],
    ['Unicode dashes', '49\u2010015420\u2013323751\u20148'],
    ['a minus sign and a full-width hyphen', '49\u2212015420\uFF0D323751-8'],
    ['slashes', '49015420/323751/8'],
  ])('ignores %s', (_label, input) => {
    expect(checkImei(input)).toEqual({ ok: true, imei: EXAMPLE });
  });
});
