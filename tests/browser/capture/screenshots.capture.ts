import { existsSync, mkdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { setUpBrowser } from '../browser';
import { LANGUAGES, SCREENS, showScreen } from '../screens';

const open = setUpBrowser({ width: 360, height: 640 });
const OUT = 'screenshots';

/** `npm run screenshots`: every screen in every language at 360 x 640, for people to review. */
it('captures every screen in every language', async () => {
  mkdirSync(OUT, { recursive: true });
  const { page } = await open();
  for (const language of LANGUAGES) {
    for (const screen of SCREENS) {
      await showScreen(page, screen, language);
      const file = `${OUT}/${language}-${screen.id}.png`;
      await page.screenshot({ path: file, fullPage: true });
      expect(existsSync(file)).toBe(true);
    }
  }
}, 300_000);
