import { describe, expect, it } from 'vitest';
import { normalizeDigits, stripSpacesAndDashes, stripWhitespace } from '../../src/lib/digits';

describe('normalizeDigits', () => {
  it.each([
    ['Urdu / Extended Arabic-Indic', '۰۱۲۳۴۵۶۷۸۹'],
    ['Arabic-Indic', '٠١٢٣٤٥٦٧٨٩'],
    ['full-width', '０１２３４５６７８９'],
    ['ASCII', '0123456789'],
  ])('maps %s digits to 0-9', (_name, digits) => {
    expect(normalizeDigits(digits)).toBe('0123456789');
  });

  it('maps every code point of each digit block to its value', () => {
    for (const zero of [0x06f0, 0x0660, 0xff10]) {
      for (let value = 0; value <= 9; value += 1) {
        expect(normalizeDigits(String.fromCharCode(zero + value))).toBe(String(value));
      }
    }
  });

  it('maps the Arabic and full-width separators', () => {
    expect(normalizeDigits('١٬٢٣٤٫٥')).toBe('1,234.5');
    expect(normalizeDigits('۱٬۲۳۴٫۵')).toBe('1,234.5');
    expect(normalizeDigits('１，２３４．５')).toBe('1,234.5');
  });

  it('leaves everything else unchanged', () => {
    const other = 'abc ABC .,;:-+ جاز 中国移动 ٪ ؛ ، 。 、 \u00a0 😀 x';
    expect(normalizeDigits(other)).toBe(other);
    // The neighbours of each block are not digits.
    for (const code of [0x06ef, 0x06fa, 0x065f, 0x066a, 0x066d, 0xff0f, 0xff1a]) {
      const char = String.fromCharCode(code);
      expect(normalizeDigits(char)).toBe(char);
    }
  });

  it('handles mixed text and empty input', () => {
    expect(normalizeDigits('')).toBe('');
    expect(normalizeDigits('Jazz ۵۰۰ MB, Zong ٢ GB, 中国 ３ GB')).toBe('Jazz 500 MB, Zong 2 GB, 中国 3 GB');
  });
});

describe('stripSpacesAndDashes', () => {
  it('removes ordinary, no-break, thin and other Unicode spaces', () => {
    const spaces = ' \t\n\r\v\f\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u0085';
    expect(stripSpacesAndDashes(`0300${spaces}1234567`)).toBe('03001234567');
  });

  it('removes hyphen and dash characters', () => {
    const dashes = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d';
    for (const dash of dashes) expect(stripSpacesAndDashes(`0300${dash}1234567`)).toBe('03001234567');
    expect(stripSpacesAndDashes(`a${dashes}b`)).toBe('ab');
  });

  it('keeps other characters, including digits in any script', () => {
    expect(stripSpacesAndDashes('+92 (300) ۱۲۳-۴۵۶۷_x.y')).toBe('+92(300)۱۲۳۴۵۶۷_x.y');
    expect(stripSpacesAndDashes('')).toBe('');
  });
});

describe('stripWhitespace', () => {
  it('removes whitespace but keeps dashes', () => {
    expect(stripWhitespace(' -1\u00a0500\u2009MB ')).toBe('-1500MB');
  });
});
