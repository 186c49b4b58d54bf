import { describe, expect, it } from 'vitest';
import { openWith, setUpBrowser, waitForApp } from './browser';

const PHONE = { width: 360, height: 740 };
const open = setUpBrowser(PHONE);
const ANSWERS = { device: 'android', androidBrand: 'samsung', connectDevice: 'windows', esimSupport: 'yes', pta: 'registered', carrier: 'jazz', esimState: 'notInstalled' };

describe('the checklist on a phone', () => {
  it.each(['en', 'ur'])('%s: after three steps ticked and a reload, opens at step 4 below a progress bar that stays in view', async (language) => {
    const { page } = await open();
    await openWith(page, { language, answers: ANSWERS, step: 'checklist' });
    await page.locator('#answers-title').waitFor();
    const steps = await page.locator('[data-step]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.step!));
    for (const step of steps.slice(0, 3)) {
      await page.locator(`label[for="done-${step}"]`).click();
      await expect.poll(() => page.locator(`[data-step="${step}"]`).getAttribute('class')).toContain('checklist-step-folded');
    }
    // A done step folds to its heading, its fold button and its tick (two thumb-sized rows).
    const folded = await page.locator(`[data-step="${steps[0]}"]`).evaluate((item) => ({
      item: item.getBoundingClientRect().height,
      heading: item.querySelector('h2')!.getBoundingClientRect().height,
    }));
    expect(folded.item).toBeLessThanOrEqual(folded.heading + 170);
    await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('esim-hotspot-helper:journey') ?? '{}').done?.length ?? 0)).toBe(3);

    await page.reload();
    await waitForApp(page);
    await page.locator('#answers-title').waitFor();
    const fourth = page.locator(`[data-step="${steps[3]}"]`);
    await expect.poll(() => fourth.evaluate((item) => Math.round(item.getBoundingClientRect().top))).toBeGreaterThan(0);
    const view = await page.evaluate((step) => {
      const bar = document.querySelector('.checklist-progress')!.getBoundingClientRect();
      const item = document.querySelector(`[data-step="${step}"]`)!.getBoundingClientRect();
      return { scrollY: window.scrollY, barTop: bar.top, barBottom: bar.bottom, itemTop: item.top };
    }, steps[3]);
    expect(view.scrollY).toBeGreaterThan(0);
    expect(view.barTop).toBe(0);
    expect(view.itemTop).toBeGreaterThanOrEqual(view.barBottom);
    expect(view.itemTop).toBeLessThan(PHONE.height / 2);
    expect(await page.locator('.progress-next a').innerText()).toMatch(/4/);
  });

  it('prints every step whole, done ones too, without the progress bar or fold buttons', async () => {
    const { page } = await open();
    await openWith(page, { language: 'en', answers: ANSWERS, step: 'checklist' });
    await page.locator('#answers-title').waitFor();
    const first = await page.locator('[data-step]').first().getAttribute('data-step');
    await page.locator(`label[for="done-${first}"]`).click();
    await expect.poll(() => page.locator(`[data-step="${first}"] .step-body`).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator(`[data-step="${first}"] .step-body`).isVisible()).toBe(true);
    expect(await page.locator('.checklist-progress').isVisible()).toBe(false);
    expect(await page.locator('.step-fold').first().isVisible()).toBe(false);
  });
});
