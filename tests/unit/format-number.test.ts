import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/lib/format-number';

describe('formatNumber', () => {
  it('rounds to one decimal and groups thousands for the locale', () => {
    expect(formatNumber(25.6, 'en')).toBe('25.6');
    expect(formatNumber(1234.56, 'en')).toBe('1,234.6');
    expect(formatNumber(3, 'en')).toBe('3');
  });

  it('formats each locale with its own rules, also when asked again', () => {
    const german = formatNumber(1234.5, 'de');
    expect(german).toBe('1.234,5');
    expect(formatNumber(1234.5, 'de')).toBe(german);
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });
});
