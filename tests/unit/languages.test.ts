import { describe, expect, it } from 'vitest';
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
