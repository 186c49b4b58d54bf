import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, choose, setUpBrowser, stepInUrl, waitForApp } from './browser';

const open = setUpBrowser({ width: 360, height: 640 });

/** One journey through every question, from the start page to the checklist. */
const ANSWERS = ['android', 'samsung', 'windows', 'notSure', 'eid', 'notSure', 'jazz', 'active', 'yes', 'low', 'cantJoin'];

/** Where the page is scrolled, whether its heading has focus, and whether a box is drawn around it. */
const pageState = (page: Page) =>
  page.evaluate(() => {
    const heading = document.getElementById('page-heading');
    return {
      scrollY: Math.round(window.scrollY),
      headingFocused: heading !== null && document.activeElement === heading,
      outline: heading ? getComputedStyle(heading).outlineStyle : 'no heading',
    };
  });

describe('each new page', () => {
  it.each(['en', 'ur'])('%s: opens at its top, header and Back link in view, focus on its heading with no box around it', async (language) => {
    const { page } = await open();
    await page.goto(`${baseUrl()}?lang=${language}`);
    await waitForApp(page);
    await page.locator('.button-start').click();
    await expect.poll(() => stepInUrl(page)).toBe('device');
    for (const [index, value] of ANSWERS.entries()) {
      // Scrolled down to the answers, as a person is when they tap Continue.
      await page.locator('form.form-group button[type="submit"]').scrollIntoViewIfNeeded();
      await choose(page, value);
      if (index === ANSWERS.length - 1) await expect.poll(() => stepInUrl(page)).toBe('checklist');
      await expect.poll(() => pageState(page)).toEqual({ scrollY: 0, headingFocused: true, outline: 'none' });
      expect(await page.locator('.header').isVisible()).toBe(true);
    }
    // Back opens the previous page at its top too.
    await page.locator('a.back-link').first().scrollIntoViewIfNeeded();
    await page.locator('a.back-link').first().click();
    await expect.poll(() => stepInUrl(page)).toBe('hotspotIssue');
    await expect.poll(() => pageState(page)).toEqual({ scrollY: 0, headingFocused: true, outline: 'none' });
  });
});
