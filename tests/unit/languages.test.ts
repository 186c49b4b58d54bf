import { describe, expect, it } from 'vitest';
import { splitLtrRuns } from '../../src/components/IsolatedText';
import { detectLanguage } from '../../src/i18n/languages';

describe('detectLanguage', () => {
  it.each([
    [['ur-PK', 'en'], 'ur'],
    [['zh-CN'], 'zh'],
    [['zh-Hans-CN'], 'zh'],
    [['fr-FR', 'zh-TW'], 'zh'],
    [['de', 'fr'], 'en'],
    [[], 'en'],
  ])('%j -> %s', (preferred, expected) => {
    expect(detectLanguage(preferred)).toBe(expected);
  });
});

describe('splitLtrRuns', () => {
  it('isolates codes, APNs and menu names inside Urdu', () => {
    const parts = splitLtrRuns('باقی MBs دیکھنے کے لیے *102# ڈائل کریں۔ APN: zonginternet');
    expect(parts.filter((p) => p.ltr).map((p) => p.text)).toEqual(['MBs', '*102#', 'APN: zonginternet']);
    expect(parts.map((p) => p.text).join('')).toBe('باقی MBs دیکھنے کے لیے *102# ڈائل کریں۔ APN: zonginternet');
  });

  it('keeps a multi-word English label together', () => {
    const parts = splitLtrRuns('پھر Allow Others to Join آن کریں');
    expect(parts.filter((p) => p.ltr).map((p) => p.text)).toEqual(['Allow Others to Join']);
  });
});
