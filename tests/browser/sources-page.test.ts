import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FACTS } from '../../src/content/catalog';
import { DATA_RATES } from '../../src/content/data-rates';
import { baseUrl, openWith, setUpBrowser, stepInUrl, waitForApp } from './browser';

const open = setUpBrowser();

/** A journey whose checklist shows facts that are not confirmed (Jazz's helpline, Samsung's menu). */
const ANSWERS = {
  device: 'android', androidBrand: 'samsung', connectDevice: 'windows', esimSupport: 'yes', pta: 'registered', carrier: 'jazz',
  esimState: 'notInstalled',
};

const pageParam = (page: Page) => new URL(page.url()).searchParams.get('page');
const focusedEntry = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.sourceOf ?? null);

async function openChecklist(page: Page, language: string): Promise<void> {
  await openWith(page, { language, answers: ANSWERS, step: 'checklist' });
  await page.locator('#answers-title').waitFor();
}

describe('the sources page', () => {
  it.each(['en', 'zh', 'ur'])('opens in %s at the fact whose note was tapped, lists every fact, and Back returns to the same place', async (language) => {
    const { page } = await open();
    await openChecklist(page, language);
    await page.locator('label[for="done-hotspotOnSamsung"]').click();
    await expect.poll(() => page.locator('#done-hotspotOnSamsung').isChecked()).toBe(true);
    const note = page.locator('[data-fact="jazzHelpline"] a[data-opens-sources]');
    await note.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    await note.click();

    await expect.poll(() => pageParam(page)).toBe('sources');
    expect(new URL(page.url()).hash).toBe('#fact-jazzHelpline');
    await expect.poll(() => focusedEntry(page)).toBe('jazzHelpline');
    expect(await page.locator('.source-entry').count()).toBe(FACTS.size + DATA_RATES.length);
    // Each fact says how sure it is and when it was checked, and where it comes from.
    const helpline = page.locator('[data-source-of="jazzHelpline"]');
    expect(await helpline.locator('.confidence-unconfirmed').count()).toBe(1);
    expect(await helpline.innerText()).toMatch(/2026/);
    expect(await page.locator('[data-source-of="jazzWhatsApp"] a[href="https://jazz.com.pk/jazz-whatsapp/ur"]').count()).toBe(1);
    expect(await page.locator('.source-entry a[href^="http"]').count()).toBeGreaterThan(30);
    // The step underneath is hidden, not gone.
    expect(await page.locator('[data-step="esimGetJazz"]').isVisible()).toBe(false);
    expect(await page.locator('body').innerText()).not.toMatch(/sources\.|checklist\./);
    // The entry asked for is at the top of the screen, below nothing that hides it.
    expect(await page.locator('[data-source-of="jazzHelpline"]').evaluate((entry) => Math.round(entry.getBoundingClientRect().top))).toBeLessThanOrEqual(2);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
      expect(axe.violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });

    await page.locator('a.back-link').click();
    await expect.poll(() => pageParam(page)).toBeNull();
    expect(await stepInUrl(page)).toBe('checklist');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-fact]')?.getAttribute('data-fact'))).toBe('jazzHelpline');
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThanOrEqual(2);
    expect(await page.locator('#done-hotspotOnSamsung').isChecked()).toBe(true);
  });

  it('is opened from the checklist footer, kept on reload, and left by the browser’s Back and Forward', async () => {
    const { page } = await open();
    await openChecklist(page, 'en');
    expect(await page.locator('.facts-checked').innerText()).toMatch(/checked on .*2026/);
    await page.locator('.facts-checked a[data-opens-sources]').click();
    await expect.poll(() => pageParam(page)).toBe('sources');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    await page.goBack();
    await expect.poll(() => pageParam(page)).toBeNull();
    await page.locator('#answers-title').waitFor();
    await page.goForward();
    await expect.poll(() => pageParam(page)).toBe('sources');
    await page.locator('.source-entry').first().waitFor();

    await page.reload();
    await waitForApp(page);
    await page.locator('.source-entry').first().waitFor();
    expect(pageParam(page)).toBe('sources');
    await page.locator('a.back-link').click();
    await expect.poll(() => pageParam(page)).toBeNull();
    await page.locator('#answers-title').waitFor();
    expect(await stepInUrl(page)).toBe('checklist');
  });

  it('opens with no network once the app is saved on the device', async () => {
    const { page, context } = await open();
    await openChecklist(page, 'zh');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await context.setOffline(true);
    await page.goto(`${baseUrl()}?step=checklist&page=sources#fact-samsungHotspotPath`);
    await waitForApp(page);
    await expect.poll(() => focusedEntry(page)).toBe('samsungHotspotPath');
    // In Chinese a menu's entry gives its Chinese labels' own source too.
    expect(await page.locator('[data-source-of="samsungHotspotPath"] .provenance').count()).toBe(2);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('这些信息从哪里来');
  });
});
