import { describe, expect, it } from 'vitest';
import { baseUrl, choose, headingText, setUpBrowser, stepInUrl, waitForApp } from './browser';

const open = setUpBrowser();

describe('offline after the first visit', () => {
  it('walks a whole journey with no network, in every language, fonts included', async () => {
    const { page, context } = await open();
    await page.goto(baseUrl());
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await context.setOffline(true);
    await page.reload();
    await waitForApp(page);
    expect(await headingText(page)).toBe('Share your eSIM data with your laptop');
    await page.locator('.button-start').click();
    await choose(page, 'android');
    await page.getByRole('link', { name: '中文' }).click();
    await expect.poll(() => headingText(page)).toBe('你的 Android 手机是什么品牌？');
    await choose(page, 'xiaomi');
    await page.getByRole('link', { name: 'اردو' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    for (const value of ['windows', 'yes', 'registered', 'jazz', 'active', 'yes', 'low', 'slow']) await choose(page, value);
    await expect.poll(() => stepInUrl(page)).toBe('checklist');
    expect(await page.locator('[data-step="hotspotOnXiaomi"] code').innerText()).toBe('Settings > Connection & sharing > Personal hotspot');
    const nastaliq = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].some((face) => face.family.includes('Nastaliq') && face.status === 'loaded');
    });
    expect(nastaliq).toBe(true);

    // A reload while offline resumes exactly where the person was.
    await page.reload();
    await page.locator('h1').waitFor();
    await expect.poll(() => stepInUrl(page)).toBe('checklist');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ur');
  });
});

describe('first paint from HTML', () => {
  it('serves the start page in all three languages inside the HTML, before any script', async () => {
    const response = await fetch(baseUrl());
    const html = await response.text();
    expect(html).toContain('Share your eSIM data with your laptop');
    expect(html).toContain('把 eSIM 流量共享给你的笔记本电脑');
    expect(html).toMatch(/<template data-prerendered="ur"[^>]*>[\s\S]*اپنی ای سم کا ڈیٹا/);
  });

  it.each([
    ['zh-CN', 'ltr', 0],
    // Urdu text first shows in a fallback face, then in Nastaliq when it arrives (font-display: swap).
    ['ur-PK', 'rtl', 0.1],
  ] as const)('%s: takes over the pre-rendered page in place (direction %s, layout shift at most %s)', async (locale, dir, maxShift) => {
    const { page } = await open({ locale });
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { firstHeading: Element | null }).firstHeading = document.querySelector('h1');
      });
    });
    await page.goto(baseUrl());
    // React has taken over when the buttons respond.
    await page.locator('.button-start').waitFor();
    await expect.poll(() => page.evaluate(() => document.title)).toContain('–');
    const sameNode = await page.evaluate(
      () => (window as unknown as { firstHeading: Element | null }).firstHeading === document.querySelector('h1'),
    );
    expect(sameNode).toBe(true);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe(dir);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 500);
        }),
    );
    expect(shift).toBeLessThanOrEqual(maxShift);
    await page.locator('.button-start').click();
    await expect.poll(() => stepInUrl(page)).toBe('device');
  });
});
