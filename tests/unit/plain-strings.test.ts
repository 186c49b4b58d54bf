import { describe, expect, it } from 'vitest';
import { i18n, loadLanguage, loadResultStrings } from '../../src/i18n/i18n';
import { LANGUAGE_CODES } from '../../src/i18n/languages';
import { withPlainStrings } from '../../src/i18n/plain-strings';
import { flattenLocale, loadLocaleFile } from '../support/locale-files';

describe('withPlainStrings', () => {
  it.each(LANGUAGE_CODES)('reads every %s string as i18next does, with and without options', async (language) => {
    expect(await loadLanguage(language)).toBe(true);
    await loadResultStrings(language);
    const i18nextT = i18n.getFixedT(language);
    const t = withPlainStrings(i18nextT, language);
    const keys = [...flattenLocale(loadLocaleFile(language)).keys()];
    expect(keys.length).toBeGreaterThan(100);
    for (const key of keys) expect(t(key), key).toBe(i18nextT(key));
    const withOptions = { done: 2, total: 5, date: '1 Dec', link: 'https://example.org', min: '1', max: '2', name: 'x' };
    for (const key of keys) expect(t(key, withOptions), key).toBe(i18nextT(key, withOptions));
    expect(t('no.such.key')).toBe(i18nextT('no.such.key'));
  });
});
