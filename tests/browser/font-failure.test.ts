import { describe, expect, it } from 'vitest';
import { baseUrl, choose, headingText, setUpBrowser, waitForApp } from './browser';

const open = setUpBrowser();

describe('the Urdu font cannot be fetched', () => {
  it('shows Urdu in a fallback face, never a blank page, and the journey goes on', async () => {
    const { page, problems } = await open({ locale: 'ur-PK' });
    // The face's one source (woff2) is refused.
    await page.route(/nastaliq.*\.woff2$/, (route) => route.abort('failed'));
    await page.goto(baseUrl());
    await waitForApp(page);

    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const heading = await headingText(page);
    expect(heading).toMatch(/[\u0600-\u06FF]/);
    const box = await page.locator('h1').boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(20);
    const nastaliqStatus = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((face) => face.family.includes('Nastaliq')).map((face) => face.status);
    });
    expect(nastaliqStatus).toContain('error');

    await page.locator('.button-start').click();
    await choose(page, 'iphone');
    expect(await headingText(page)).toMatch(/[\u0600-\u06FF]/);
    expect(await page.locator('input[type="radio"]').count()).toBeGreaterThan(1);

    // The refused font is the only problem the page reports.
    const others = problems.filter((problem) => !/nastaliq|Failed to load resource/i.test(problem));
    expect(problems.length).toBeGreaterThan(0);
    problems.splice(0, problems.length, ...others);
  });
});
