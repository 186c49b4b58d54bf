import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Answers } from '../../src/journey/flow';
import { journeyPath } from '../../src/journey/path';
import { JOURNEY_KEY } from '../../src/stores/storage-keys';
import { baseUrl, choose, headingText, setUpBrowser, stepInUrl, waitForApp } from './browser';
import { blockStorage, fillStorageAfter, noticeShown } from './storage-faults';

const open = setUpBrowser();

/** One journey through every question, then the checklist. */
const EVERY_QUESTION = ['android', 'samsung', 'windows', 'notSure', 'eid', 'registered', 'zong', 'active', 'yes', 'low', 'cantJoin'];

/** Every screen of the journey: answers it, and after each the notice is there once a write was refused. */
async function walkEveryScreen(page: Page, refused: () => Promise<boolean>): Promise<void> {
  for (const value of EVERY_QUESTION) {
    await choose(page, value);
    if (await refused()) await expect.poll(() => noticeShown(page)).toBe(true);
  }
  expect(await headingText(page)).toBe('Your hotspot checklist');
  await page.locator('#answers-title').waitFor();
}

describe('storage that is blocked, full or failing', () => {
  it('blocked: every screen works in memory, says so, and the start page takes over with no error', async () => {
    const { context, page } = await open();
    await context.addInitScript(blockStorage);
    await page.goto(baseUrl());
    await waitForApp(page);
    await expect.poll(() => noticeShown(page)).toBe(true);
    await page.locator('.button-start').click();
    await walkEveryScreen(page, async () => true);
  });

  // Fails after a random number of writes, different on each run (shown in the test's name).
  const allowed = Math.floor(Math.random() * 12);
  it(`full after ${allowed} writes: it says so at the first refused write, and a reload of the tab loses nothing`, async () => {
    const { context, page } = await open();
    await context.addInitScript(fillStorageAfter, allowed);
    await page.goto(baseUrl());
    await waitForApp(page);
    await page.locator('.button-start').click();
    const refused = () => page.evaluate((n) => (window as unknown as { __writes: number }).__writes > n, allowed);
    await walkEveryScreen(page, refused);
    await page.reload();
    await waitForApp(page);
    // The tab kept what storage refused: the checklist again, with every answer.
    await expect.poll(() => stepInUrl(page)).toBe('checklist');
    await page.locator('#answers-title').waitFor();
    expect(await headingText(page)).toBe('Your hotspot checklist');
    // Storage then caught up with the tab, or the person is told it did not.
    const stored = await page.evaluate((key) => localStorage.getItem(key), JOURNEY_KEY);
    const storedAll = stored !== null && journeyPath((JSON.parse(stored) as { answers: Answers }).answers).next === 'checklist';
    if (!storedAll) expect(await noticeShown(page)).toBe(true);
  });
});
