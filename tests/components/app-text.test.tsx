import { render, screen } from '@testing-library/react';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { IsolatedText } from '../../src/components/IsolatedText';
import { AppTextContext, appTextFor, useAppText } from '../../src/i18n/app-text';
import { chooseLanguage } from '../../src/stores/preferences';

function StartNow() {
  const { t, language, dir } = useAppText();
  return (
    <p data-language={language} data-dir={dir}>
      {t('start.startNow')}
    </p>
  );
}

describe('the app text', () => {
  it('gives each language its direction, and English for a language the app does not have', () => {
    const t = ((key: string) => key) as TFunction;
    expect(appTextFor(t, 'ur')).toEqual({ t, language: 'ur', dir: 'rtl' });
    expect(appTextFor(t, 'zh').dir).toBe('ltr');
    expect(appTextFor(t, 'fr')).toEqual({ t, language: 'en', dir: 'ltr' });
    expect(appTextFor(t, undefined).language).toBe('en');
  });

  it('is what the app provides, for every part inside it', () => {
    const t = ((key: string) => `[${key}]`) as TFunction;
    render(
      <AppTextContext.Provider value={appTextFor(t, 'ur')}>
        <StartNow />
        <p data-testid="isolated">
          <IsolatedText>{'*102# ڈائل کریں'}</IsolatedText>
        </p>
      </AppTextContext.Provider>,
    );
    const line = screen.getByText('[start.startNow]');
    expect(line).toHaveAttribute('data-language', 'ur');
    expect(line).toHaveAttribute('data-dir', 'rtl');
    expect(screen.getByTestId('isolated').querySelector('bdi[dir="ltr"]')).toHaveTextContent('*102#');
  });

  it('falls back to the language i18next has, for a part rendered on its own', async () => {
    expect(await chooseLanguage('zh')).toBe('shown');
    render(<StartNow />);
    const line = screen.getByText('立即开始');
    expect(line).toHaveAttribute('data-language', 'zh');
    expect(line).toHaveAttribute('data-dir', 'ltr');
  });
});
