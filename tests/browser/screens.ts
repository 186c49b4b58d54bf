import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { baseUrl, openWith } from './browser';
import data from './screens.json';

export interface ScreenSpec {
  readonly id: string;
  readonly step: string;
  /** Opened with no saved answers. */
  readonly fresh?: boolean;
  /** Continue pressed with nothing chosen: the error state. */
  readonly submitEmpty?: boolean;
}

/** Every distinct screen, reachable with one saved answer set that puts every question on the path. */
export const SCREENS: readonly ScreenSpec[] = data.screens;
export const LANGUAGES = ['en', 'zh', 'ur'] as const;

export async function showScreen(page: Page, screen: ScreenSpec, language: string): Promise<void> {
  if (screen.fresh && screen.step === 'start') {
    await openWith(page, { language });
  } else if (screen.fresh) {
    await openWith(page, { language });
    await page.goto(`${baseUrl()}?step=${screen.step}`);
  } else {
    await openWith(page, { language, answers: data.answers, step: screen.step });
  }
  await page.locator('h1').waitFor();
  if (screen.submitEmpty) {
    await page.locator('button[type="submit"]').click();
    await page.locator('.error-summary').waitFor();
  }
  // The checklist's later steps, tools and answers come in a second render: wait for the whole page.
  if (screen.step === 'checklist') {
    await page.locator('#answers-title').waitFor();
    // Every checklist has both tools, each in its step: the name and password, and the data budget.
    await page.locator('.step-tool .tool').nth(1).waitFor();
  }
  await page.evaluate(() => document.fonts.ready);
  await expect.poll(() => new URL(page.url()).searchParams.get('step') ?? 'start').toBe(screen.step);
  // Every check made on a screen is made in the language it names.
  expect(await page.evaluate(() => document.documentElement.lang.slice(0, 2))).toBe(language);
}
