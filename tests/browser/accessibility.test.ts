import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { setUpBrowser } from './browser';
import { LANGUAGES, SCREENS, showScreen } from './screens';

const open = setUpBrowser();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

describe('axe finds no WCAG A/AA violation, in the light and the dark scheme', () => {
  for (const [language, scheme] of LANGUAGES.flatMap((code) => (['light', 'dark'] as const).map((mode) => [code, mode] as const))) {
    it.each(SCREENS.map((screen) => [screen.id, screen] as const))(`${language}, ${scheme}: %s`, async (_id, screen) => {
      const { page } = await open();
      await page.emulateMedia({ colorScheme: scheme });
      await showScreen(page, screen, language);
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(violations).toEqual([]);
      // The scheme asked for is the one checked: the page's own background follows it.
      const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      expect(background).toBe(scheme === 'dark' ? 'rgb(20, 21, 22)' : 'rgb(255, 255, 255)');
    });
  }
});
