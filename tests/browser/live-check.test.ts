import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, setUpBrowser } from './browser';

const open = setUpBrowser();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const checkPage = (search = '') => `${new URL('/check/', baseUrl()).href}${search}`;

type CheckStrings = Record<string, string>;
const strings = (language: string): CheckStrings =>
  (JSON.parse(readFileSync(new URL(`../../locales/${language}.json`, import.meta.url), 'utf8')) as { check: CheckStrings }).check;

const status = (page: Page) => page.locator('#check-status');
/** The page's text as a person reads it, without the marks that isolate Latin runs. */
const shown = async (page: Page, id: string) => (await page.locator(`#${id}`).innerText()).replace(/[\u2066-\u2069]/g, '').trim();

const EXPECTED = {
  en: { lang: 'en', dir: 'ltr' },
  zh: { lang: 'zh-CN', dir: 'ltr' },
  ur: { lang: 'ur', dir: 'rtl' },
} as const;

describe('the live check page, on the device that joined the hotspot', () => {
  it.each(Object.keys(EXPECTED) as (keyof typeof EXPECTED)[])('%s: online, with a speed figure and what an hour of video could use; offline, says so', async (language) => {
    const { page, context, problems } = await open();
    const probes: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname !== '/check/') probes.push(new URL(request.url()).pathname);
    });
    await page.goto(checkPage(`?lang=${language}`));
    await expect.poll(() => status(page).getAttribute('data-state')).toBe('online');
    const text = strings(language);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([EXPECTED[language].lang, EXPECTED[language].dir]);
    expect(await page.title()).toBe(text.documentTitle);
    expect(await shown(page, 'check-status')).toBe(text.online);
    expect(await shown(page, 'check-speed')).toMatch(/\d+(\.\d)? Mbps/);
    expect(await shown(page, 'check-video')).toMatch(/\d+ MB/);
    expect(await shown(page, 'check-budget')).toMatch(/93.*1000.*107.*3000/);
    // It downloaded the test file once, and asked for nothing else.
    expect(probes).toEqual(['/check/probe.bin']);
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);

    await context.setOffline(true);
    await page.locator('#check-again').click();
    await expect.poll(() => status(page).getAttribute('data-state')).toBe('offline');
    expect(await shown(page, 'check-status')).toBe(text.offline);
    expect(await shown(page, 'check-next')).toBe(text.offlineNext);
    expect(await page.locator('#check-speed').isHidden()).toBe(true);
    // Nothing was kept on the device.
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length)).toBe(0);
    expect(problems).toEqual([]);
  });

  it('opens in the browser’s language, and a language link changes it in place, keeping the result', async () => {
    const { page } = await open({ locale: 'zh-CN' });
    await page.goto(checkPage());
    await expect.poll(() => status(page).getAttribute('data-state')).toBe('online');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await shown(page, 'check-status')).toBe(strings('zh').online);
    await page.getByRole('link', { name: 'اردو' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await shown(page, 'check-status')).toBe(strings('ur').online);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('ur');
    expect(await page.locator('#check-speed bdi').count()).toBeGreaterThan(0);
  });

  it('says a slow connection is slow and points back to the checklist', async () => {
    const { page, context } = await open();
    // About 0.4 Mbps: the 200 KB test file takes about four seconds.
    const cdp = await context.newCDPSession(page);
    await page.goto(checkPage('?lang=en'));
    await expect.poll(() => status(page).getAttribute('data-state')).toBe('online');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 50, downloadThroughput: 50_000, uploadThroughput: 50_000 });
    await page.locator('#check-again').click();
    await expect.poll(() => status(page).getAttribute('data-state'), { timeout: 20_000 }).toBe('slow');
    expect(await shown(page, 'check-next')).toBe(strings('en').slow);
    expect(await shown(page, 'check-speed')).toMatch(/^Speed: about 0\.\d Mbps\.$/);
  });
});
