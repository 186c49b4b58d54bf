import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setUpBrowser } from './browser';
import { LANGUAGES, SCREENS, showScreen } from './screens';

/** A budget phone's screen. */
const PHONE = { width: 360, height: 740 };
const open = setUpBrowser(PHONE);

/** How far down the page the first answer (or the start button) ends, and how tall the header is. */
const measure = (page: Page) =>
  page.evaluate(() => {
    const first = document.querySelector('.radio-label, .button-start');
    return {
      header: Math.round(document.querySelector('.header')!.getBoundingClientRect().height),
      firstEnds: first ? Math.round(first.getBoundingClientRect().bottom + window.scrollY) : null,
    };
  });

describe('on a 360 x 740 phone', () => {
  for (const language of LANGUAGES) {
    it(`${language}: every question shows its first answer on the first screen, under a header of two tight rows`, async () => {
      const { page } = await open();
      const questions = SCREENS.filter((screen) => !['start', 'start-resume', 'checklist'].includes(screen.step) && !screen.submitEmpty);
      expect(questions.length).toBeGreaterThanOrEqual(10);
      for (const screen of questions) {
        await showScreen(page, screen, language);
        const { header, firstEnds } = await measure(page);
        expect(header, screen.id).toBeLessThanOrEqual(90);
        expect(firstEnds, screen.id).not.toBeNull();
        expect(firstEnds!, screen.id).toBeLessThanOrEqual(PHONE.height);
      }
    });
  }

  for (const language of LANGUAGES) {
    it.each(['start', 'start-resume'])(`${language}: the start button of %s is on the first screen`, async (id) => {
      const { page } = await open();
      await showScreen(page, SCREENS.find((screen) => screen.id === id)!, language);
      expect((await measure(page)).firstEnds!).toBeLessThanOrEqual(PHONE.height);
    });
  }
});
