import { describe, expect, it } from 'vitest';
import { baseUrl, headingText, savedAnswers, setUpBrowser, stepInUrl, waitForApp } from './browser';

const open = setUpBrowser();

const SHARED = { device: 'android', androidBrand: 'vivo', connectDevice: 'windows', esimSupport: 'no', pta: 'registered', carrier: 'ufone', mobileData: 'yes', dataBalance: 'enough', hotspotIssue: 'slow' };
const LINK = `?a=2.${Object.entries(SHARED).map(([question, option]) => `${question}-${option}`).join('.')}&lang=ur`;

describe('a shared checklist link', () => {
  it('is kept: after a reload the same checklist opens, in the link’s language', async () => {
    const { page } = await open();
    await page.goto(`${baseUrl()}${LINK}`);
    await waitForApp(page);
    await expect.poll(() => stepInUrl(page)).toBe('checklist');
    await expect.poll(() => savedAnswers(page)).toEqual(SHARED);
    await page.reload();
    await waitForApp(page);
    await expect.poll(() => page.locator('[data-step="hotspotOnVivo"]').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await headingText(page)).not.toBe('');
  });
});
