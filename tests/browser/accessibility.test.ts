import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { setUpBrowser } from './browser';
import { LANGUAGES, SCREENS, showScreen } from './screens';

const open = setUpBrowser();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

describe('axe finds no WCAG A/AA violation', () => {
  for (const language of LANGUAGES) {
    it.each(SCREENS.map((screen) => [screen.id, screen] as const))(`${language}: %s`, async (_id, screen) => {
      const { page } = await open();
      await showScreen(page, screen, language);
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(violations).toEqual([]);
    });
  }
});
