import { describe, expect, it } from 'vitest';
import { buildLadder } from '../../src/outcome/build-checklist';
import type { Answers } from '../../src/journey/flow';
import { choose, openWith, savedAnswers, setUpBrowser, stepInUrl } from './browser';

const open = setUpBrowser();

const ANSWERS = { hotspotIssue: 'noInternet', device: 'android', androidBrand: 'samsung', carrier: 'jazz' } as const;
const FIXES = buildLadder({ wayIn: 'fix', ...ANSWERS } as Answers);

describe.each(['en', 'zh', 'ur'])('straight to the fix, in %s', (language) => {
  it('the second way in asks the symptom first, walks the ladder, and ends with a message WhatsApp opens with', async () => {
    const { page } = await open();
    await openWith(page, { language });
    await page.locator(`a[href*="step=hotspotIssue"]`).click();
    await expect.poll(() => stepInUrl(page)).toBe('hotspotIssue');
    for (const [question, value] of Object.entries(ANSWERS)) {
      await expect.poll(() => stepInUrl(page)).toBe(question);
      await choose(page, value);
    }
    await expect.poll(() => stepInUrl(page)).toBe('checklist');
    await expect.poll(() => savedAnswers(page)).toEqual({ wayIn: 'fix', ...ANSWERS });

    const ladder = page.locator('[data-ladder]');
    const seen: string[] = [];
    for (const fix of FIXES) {
      await expect.poll(() => ladder.getAttribute('data-step')).toBe(fix);
      seen.push(fix);
      await ladder.locator('.button-group .button-secondary').click();
    }
    expect(seen).toEqual(FIXES);
    await expect.poll(() => ladder.getAttribute('data-ladder')).toBe('exhausted');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('ladder-heading');

    const own = await page.locator('#message-own').inputValue();
    expect(own.match(/^\d+\. /gm)).toHaveLength(FIXES.length);
    expect(own).toContain('Jazz');
    // Helplines read English: in Chinese and Urdu the English copy comes too.
    const english = language === 'en' ? null : await page.locator('#message-english').inputValue();
    if (english !== null) {
      for (const line of ['Device: Android phone', 'Phone brand: Samsung', 'Network: Jazz', 'Hotspot: Devices join, but get no internet']) expect(english).toContain(line);
    } else {
      expect(own).toContain('Network: Jazz');
    }
    const sent = english === null ? own : `${own}\n\n${english}`;
    const whatsApp = page.locator('.network-message .button-group a').first();
    const href = (await whatsApp.getAttribute('href')) ?? '';
    expect(href.startsWith('https://wa.me/?text=')).toBe(true);
    expect(new URL(href).searchParams.get('text')).toBe(sent);
    // WhatsApp opens in a new tab with the message: the tab's request is answered here, not sent on.
    const requested = new Promise<string>((resolve) => {
      void page.context().route('https://wa.me/**', async (route) => {
        resolve(route.request().url());
        await route.fulfill({ status: 200, contentType: 'text/plain', body: 'WhatsApp' });
      });
    });
    await whatsApp.click();
    expect(new URL(await requested).searchParams.get('text')).toBe(sent);
  });
});
