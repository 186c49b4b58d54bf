import { describe, expect, it } from 'vitest';
import { MAX_DATA_MB, MB_PER_GB, parseDataAmount } from '../../src/features/tools/data-budget';

const mb = (value: number) => ({ ok: true, mb: value });
const error = (kind: string) => ({ ok: false, error: kind });

describe('parseDataAmount', () => {
  it.each([
    ['0', 0],
    ['7', 7],
    ['500', 500],
    ['1500', 1500],
    ['0.5', 0.5],
    ['12.75', 12.75],
    ['.5', 0.5],
    ['5.', 5],
    ['007', 7],
  ])('reads Western digits %j', (input, expected) => {
    expect(parseDataAmount(input, 'MB')).toEqual(mb(expected));
  });

  it.each([
    ['Urdu', '۱۲۳۴۵۶۷۸۹۰', 1234567890 / 1000],
    ['Arabic-Indic', '١٢٣٤٥٦٧٨٩٠', 1234567890 / 1000],
    ['full-width', '１２３４５６７８９０', 1234567890 / 1000],
  ])('reads %s digits', (_script, digits, expected) => {
    // Ten digits with a decimal point after the seventh: 1234567.890
    const input = `${digits.slice(0, 7)}.${digits.slice(7)}`;
    expect(parseDataAmount(input, 'MB')).toEqual(mb(expected));
  });

  it('reads every digit of every script', () => {
    for (const zero of [0x30, 0x06f0, 0x0660, 0xff10]) {
      for (let value = 0; value <= 9; value += 1) {
        expect(parseDataAmount(String.fromCharCode(zero + value), 'MB')).toEqual(mb(value));
      }
    }
  });

  it.each([
    ['Urdu with Arabic decimal separator', '۲٫۵', 2.5],
    ['Arabic-Indic with Arabic decimal separator', '٢٫٥', 2.5],
    ['Arabic thousands separator', '١٬٥٠٠', 1500],
    ['Urdu thousands and decimal separators', '۱٬۵۰۰٫۲۵', 1500.25],
    ['full-width separators', '１，５００．５', 1500.5],
    ['mixed scripts', '1٬۵00', 1500],
  ])('reads %s', (_what, input, expected) => {
    expect(parseDataAmount(input, 'MB')).toEqual(mb(expected));
  });

  it.each([
    ['1,500', 1500],
    ['1,234,567', 1234567],
    ['1,500.5', 1500.5],
    ['15,00,000', 1500000], // lakh grouping
    ['1,00,00,000', 10000000], // crore grouping
    ['100,000', 100000],
  ])('reads thousands separators in %j', (input, expected) => {
    expect(parseDataAmount(input, 'MB')).toEqual(mb(expected));
  });

  it.each([
    ['1,5', 1.5],
    ['1,50', 1.5],
    ['12,75', 12.75],
    ['0,5', 0.5],
    ['1500,5', 1500.5],
    ['۱٬۵', 1.5],
    ['１，５', 1.5],
  ])('reads a decimal comma in %j', (input, expected) => {
    expect(parseDataAmount(input, 'MB')).toEqual(mb(expected));
  });

  it.each([
    ['ordinary spaces', ' 1 500 ', 1500],
    ['no-break and thin spaces', '1\u00a0500\u2009', 1500],
    ['spaces around the decimal point', '2 . 5', 2.5],
    ['an ideographic space', '\u30001500', 1500],
    ['tabs and newlines', '\t500\n', 500],
    ['direction marks from copied Urdu', '\u200f۵۰۰\u200e', 500],
  ])('ignores %s', (_what, input, expected) => {
    expect(parseDataAmount(input, 'MB')).toEqual(mb(expected));
  });

  it.each(['', '   ', '\u00a0', '\u200f'])('reports %j as empty', (input) => {
    expect(parseDataAmount(input, 'MB')).toEqual(error('empty'));
    expect(parseDataAmount(input, 'GB')).toEqual(error('empty'));
  });

  it.each([
    'abc',
    '5GB',
    '5 MB',
    '1e3',
    '0x10',
    'Infinity',
    'NaN',
    '1.2.3',
    '1..5',
    '.',
    ',',
    ',5',
    '1,',
    '1,5.5',
    '1.500,5',
    '1,5000',
    '1,234,56',
    '1,,500',
    '+5',
    '--5',
    '5-',
    '-',
    '½',
    '५', // Devanagari digits are not accepted
    '1/2',
    '1_000',
  ])('reports %j as not a number', (input) => {
    expect(parseDataAmount(input, 'MB')).toEqual(error('notANumber'));
  });

  it.each(['-5', '-0.5', '−5', '－５', '‐۵', '–1,500', '- 5'])('reports %j as negative', (input) => {
    expect(parseDataAmount(input, 'MB')).toEqual(error('negative'));
  });

  it('treats minus zero as zero', () => {
    expect(parseDataAmount('-0', 'MB')).toEqual(mb(0));
  });

  it('allows zero in both units', () => {
    expect(parseDataAmount('0', 'GB')).toEqual(mb(0));
    expect(parseDataAmount('0.0', 'MB')).toEqual(mb(0));
  });

  it('reports more than 10,000,000 MB as too large', () => {
    expect(MAX_DATA_MB).toBe(10_000_000);
    expect(parseDataAmount('10,000,000', 'MB')).toEqual(mb(10_000_000));
    expect(parseDataAmount('10000000.1', 'MB')).toEqual(error('tooLarge'));
    expect(parseDataAmount('99999999999', 'MB')).toEqual(error('tooLarge'));
    expect(parseDataAmount('9'.repeat(400), 'MB')).toEqual(error('tooLarge'));
    expect(parseDataAmount('10,000', 'GB')).toEqual(mb(10_000_000));
    expect(parseDataAmount('10000.1', 'GB')).toEqual(error('tooLarge'));
  });

  it('converts GB at 1000 MB, the unit the data-use rates are given in', () => {
    expect(MB_PER_GB).toBe(1000);
    expect(parseDataAmount('1', 'GB')).toEqual(mb(1000));
    expect(parseDataAmount('2.5', 'GB')).toEqual(mb(2500));
    expect(parseDataAmount('۱,۵', 'GB')).toEqual(mb(1500));
    expect(parseDataAmount('٠٫٥', 'GB')).toEqual(mb(500));
    expect(parseDataAmount('1,000', 'GB')).toEqual(mb(1_000_000));
  });
});
