import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PREFERENCES_KEY } from '../../src/stores/storage-keys';
import { emulateBudgetPhone as budgetPhone } from '../../scripts/budget-phone.mjs';
import { baseUrl, openWith, setUpBrowser, stepInUrl } from './browser';

const open = setUpBrowser();

/** Tries per control: each a fresh page on the budget-phone profile, tapped the moment the control shows. */
const TRIES = 4;

/** Taps the control as soon as it is on screen, whether or not the app's code has arrived. */
async function tapOnSight(page: Page, selector: string): Promise<void> {
  const control = page.locator(selector).first();
  await control.waitFor({ state: 'visible' });
  await control.tap();
}

const lang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const savedLanguage = (page: Page) =>
  page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as { state?: { language?: string } }).state?.language, PREFERENCES_KEY);

const LANGUAGE_TAPS = [
  { name: 'اردو', browser: 'en-GB', code: 'ur', htmlLang: 'ur' },
  { name: '中文', browser: 'en-GB', code: 'zh', htmlLang: 'zh-CN' },
  { name: 'English', browser: 'ur-PK', code: 'en', htmlLang: 'en' },
] as const;
const tries = Array.from({ length: TRIES }, (_, index) => index + 1);

describe('a tap the moment a control shows, on a budget phone, works before and after the code arrives', () => {
  describe.each(LANGUAGE_TAPS)('$name on the start page', (language) => {
    it.each(tries)('try %i: the page is in that language, and it is kept', async () => {
      const { page } = await open({ locale: language.browser, hasTouch: true });
      await budgetPhone(page);
      await page.goto(baseUrl(), { waitUntil: 'commit' });
      await tapOnSight(page, `.language-button[hreflang="${language.htmlLang}"]`);
      await expect.poll(() => lang(page)).toBe(language.htmlLang);
      await page.locator('.button-start').waitFor();
      await expect.poll(() => page.locator('.language-button[aria-current="true"]').getAttribute('hreflang')).toBe(language.htmlLang);
      await expect.poll(() => savedLanguage(page)).toBe(language.code);
    });
  });

  it.each(tries)('Start now on the start page, try %i: the first question opens', async () => {
    const { page } = await open({ hasTouch: true });
    await budgetPhone(page);
    await page.goto(baseUrl(), { waitUntil: 'commit' });
    await tapOnSight(page, '.button-start');
    await expect.poll(() => stepInUrl(page)).toBe('device');
    await page.locator('input[type="radio"][value="iphone"]').waitFor({ state: 'attached' });
  });

  it.each(tries)('an answer and Continue on a question page, try %i: the next question opens', async () => {
    const { page } = await open({ hasTouch: true });
    await openWith(page, { language: 'en', answers: {}, step: 'device' });
    await budgetPhone(page);
    await page.reload({ waitUntil: 'commit' });
    await tapOnSight(page, 'input[value="iphone"] + label');
    await tapOnSight(page, 'form.form-group button[type="submit"]');
    await expect.poll(() => stepInUrl(page)).toBe('connectDevice');
  });
});
