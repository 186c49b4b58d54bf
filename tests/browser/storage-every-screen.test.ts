import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { WAYS_IN, type Answers } from '../../src/journey/flow';
import { journeyPath, reachableSteps } from '../../src/journey/path';
import type { StepId } from '../../src/journey/steps';
import { JOURNEY_KEY } from '../../src/stores/storage-keys';
import { baseUrl, savedRecords, setUpBrowser, stepInUrl, waitForApp } from './browser';
import data from './screens.json';
import { blockStorage, fillStorageAfter, noticeShown } from './storage-faults';
import { SCREENS, type ScreenSpec } from './screens';

const open = setUpBrowser();
// Failing storage takes a random number of writes, different on each run (shown in the tests' names).
const allowed = 1 + Math.floor(Math.random() * 4);
const MODES = [
  { name: 'blocked', allowed: 0, readable: false },
  { name: 'full', allowed: 0, readable: true },
  { name: `failing after ${allowed} writes`, allowed, readable: true },
] as const;

const writesRefused = (page: Page, limit: number) => page.evaluate((n) => ((window as unknown as { __writes?: number }).__writes ?? 1) > n, limit);
const stepShown = async (page: Page): Promise<string> => (await stepInUrl(page)) ?? 'start';

/**
 * Where the app must open: the screen itself when the answers it can read reach it, or when it is
 * the fix way's first question and nothing is answered yet; else the first question still open.
 */
function expectedLanding(screen: ScreenSpec, readable: boolean): StepId {
  const answers: Answers = readable && !screen.fresh ? (data.answers as Answers) : {};
  const step = screen.step as StepId;
  const opensFixWay = step === WAYS_IN.fix && Object.keys(answers).length === 0;
  return step === 'start' || opensFixWay || reachableSteps(answers).includes(step) ? step : journeyPath(answers).next;
}

/** One thing a person does on the screen: answer, tick a step, or begin. Returns what a reload must show. */
async function actOn(page: Page): Promise<{ step: string; ticked?: string }> {
  if ((await stepShown(page)) === 'checklist') {
    const box = page.locator('input[type="checkbox"][id^="done-"]').first();
    const id = (await box.getAttribute('id')) ?? '';
    await page.locator(`label[for="${id}"]`).click();
    await expect.poll(() => box.isChecked()).toBe(true);
    return { step: 'checklist', ticked: id };
  }
  const before = await stepShown(page);
  if ((await page.locator('input[type="radio"]').count()) > 0) {
    const id = (await page.locator('input[type="radio"]').first().getAttribute('id')) ?? '';
    await page.locator(`label[for="${id}"]`).click();
    await page.locator('form.form-group button[type="submit"]').click();
  } else {
    await page.locator('.button-start').first().click();
  }
  await expect.poll(() => stepShown(page)).not.toBe(before);
  return { step: await stepShown(page) };
}

/** What the app last saved (step and ticks), read as the app reads it: the tab's copy when it is ahead of storage. */
function savedJourney(page: Page): Promise<{ step?: string; done?: string[] } | null> {
  return page.evaluate((key) => {
    const copy = (history.state as { kept?: Record<string, { value: string; ahead?: boolean }> } | null)?.kept?.[key];
    let value: string | null = null;
    if (copy?.ahead) value = copy.value;
    else {
      try {
        value = localStorage.getItem(key);
      } catch {
        value = copy?.value ?? null;
      }
    }
    return value === null ? null : (JSON.parse(value) as { step?: string; done?: string[] });
  }, JOURNEY_KEY);
}

describe('every screen, with storage blocked, full or failing', () => {
  describe.each(MODES)('storage $name', (mode) => {
    it.each(SCREENS)('$id: opens with no error, says when nothing is kept, and a reload of the tab loses nothing', async (screen) => {
      const { context, page } = await open();
      await page.goto(baseUrl());
      await waitForApp(page);
      if (!screen.fresh) {
        const records = savedRecords({ language: 'en', answers: data.answers, step: screen.step });
        await page.evaluate((entries) => entries.forEach(([key, value]) => localStorage.setItem(key, value)), records);
      }
      await context.addInitScript(mode.readable ? fillStorageAfter : blockStorage, mode.allowed);
      await page.goto(screen.step === 'start' ? baseUrl() : `${baseUrl()}?step=${screen.step}`);
      await waitForApp(page);
      await page.locator('h1').waitFor();
      await expect.poll(() => stepShown(page)).toBe(expectedLanding(screen, mode.readable));
      if (mode.allowed === 0) await expect.poll(() => noticeShown(page)).toBe(true);
      if (screen.submitEmpty) {
        await page.locator('form.form-group button[type="submit"]').click();
        await page.locator('.error-summary').waitFor();
      }

      const done = await actOn(page);
      if (await writesRefused(page, mode.allowed)) await expect.poll(() => noticeShown(page)).toBe(true);
      const heading = await page.locator('h1').innerText();
      // The save and the history entry come in later tasks: reload once both hold the new step.
      await expect.poll(async () => (await stepInUrl(page)) ?? 'start').toBe(done.step);
      await expect.poll(async () => (await savedJourney(page))?.step).toBe(done.step);
      const tickedStep = done.ticked?.replace(/^done-/, '');
      if (tickedStep) await expect.poll(async () => (await savedJourney(page))?.done?.includes(tickedStep)).toBe(true);
      await page.reload();
      await waitForApp(page);
      await expect.poll(() => stepShown(page)).toBe(done.step);
      expect(await page.locator('h1').innerText()).toBe(heading);
      if (done.ticked) await page.locator('#answers-title').waitFor();
      if (done.ticked) expect(await page.locator(`#${done.ticked}`).isChecked()).toBe(true);
      // Storage caught up with what the tab kept, or the person is told it did not.
      if (await writesRefused(page, mode.allowed)) await expect.poll(() => noticeShown(page)).toBe(true);
    });
  });
});
