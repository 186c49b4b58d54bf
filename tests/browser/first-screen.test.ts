import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { emulateBudgetPhone } from '../../scripts/budget-phone.mjs';
import { baseUrl, setUpBrowser, waitForApp } from './browser';

const open = setUpBrowser();

const SHARED = '?a=2.device-android.androidBrand-vivo.connectDevice-windows.esimSupport-no.pta-registered.carrier-ufone.mobileData-yes.dataBalance-enough.hotspotIssue-slow&lang=ur';
const TRIES = [1, 2, 3];

declare global {
  interface Window {
    rootChangedAt?: number;
  }
}

/** Records, in the page, when the root's first screen was first changed (replaced or emptied). */
async function watchRoot(page: Page): Promise<void> {
  await page.addInitScript(() => {
    new MutationObserver((records, observer) => {
      if (!records.some((record) => record.target instanceof Element && record.target.id === 'root' && record.removedNodes.length > 0)) return;
      window.rootChangedAt = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
}

/** When the page first painted text or an image, once it has. */
async function firstContentfulPaint(page: Page): Promise<number> {
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length)).toBe(1);
  return page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN);
}

describe('the first screen painted is the one the visitor asked for, on a budget phone', () => {
  it.each(TRIES)('a shared Urdu checklist never shows the HTML’s English start page first (try %i)', async () => {
    const { page } = await open({ locale: 'en-GB' });
    await watchRoot(page);
    await emulateBudgetPhone(page);
    await page.goto(`${baseUrl()}${SHARED}`, { waitUntil: 'commit' });
    await page.locator('[data-step]').first().waitFor();
    const emptied = await page.evaluate(() => window.rootChangedAt ?? Number.NaN);
    expect(await firstContentfulPaint(page)).toBeGreaterThanOrEqual(emptied);
  });

  it.each(TRIES)('a shared checklist asks for its code before the stylesheet has arrived (try %i)', async () => {
    const { page } = await open();
    await emulateBudgetPhone(page);
    await page.goto(`${baseUrl()}${SHARED}`, { waitUntil: 'commit' });
    await page.locator('[data-step]').first().waitFor();
    const { stylesheetArrived, asked } = await page.evaluate(() => {
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const stylesheet = resources.find((entry) => /\/assets\/index-[^/]+\.css$/.test(entry.name));
      const early = (pattern: RegExp) => resources.find((entry) => pattern.test(entry.name))?.startTime ?? Number.NaN;
      return {
        stylesheetArrived: stylesheet?.responseEnd ?? Number.NaN,
        asked: [/\/react-dom-[^/]+\.js$/, /\/later-screens-[^/]+\.js$/, /\/_locale-ur-questions-[^/]+\.js$/, /\/_locale-ur-result-[^/]+\.js$/].map(early),
      };
    });
    for (const startedAt of asked) expect(startedAt).toBeLessThan(stylesheetArrived);
  });

  it.each(TRIES)('a first visit in Urdu paints the Urdu start page, not the English one first (try %i)', async () => {
    const { page } = await open({ locale: 'ur-PK' });
    await watchRoot(page);
    await emulateBudgetPhone(page);
    await page.goto(baseUrl(), { waitUntil: 'commit' });
    await waitForApp(page);
    const replaced = await page.evaluate(() => window.rootChangedAt ?? Number.NaN);
    expect(await firstContentfulPaint(page)).toBeGreaterThanOrEqual(replaced);
    expect(await page.evaluate(() => [document.documentElement.lang, document.getElementById('root')?.dataset.prerendered])).toEqual(['ur', 'ur']);
  });

  it('a first visit in English shows the HTML’s own start page, never hidden, and the app takes it over in place', async () => {
    const { page } = await open();
    await watchRoot(page);
    await page.goto(baseUrl());
    await waitForApp(page);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-wait'))).toBe(false);
    expect(await page.evaluate(() => window.rootChangedAt)).toBeUndefined();
    expect(await page.evaluate(() => document.getElementById('root')?.dataset.prerendered)).toBe('en');
  });
});
