import { describe, expect, it } from 'vitest';
import { baseUrl, choose, setUpBrowser, stepInUrl, waitForApp } from './browser';

// Lets the tests fail the service worker's own downloads (Chromium only).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const open = setUpBrowser();

const READY = 'This app is saved on this device, so it works without internet too.';
const NOT_YET = /This app isn.t fully saved on this device yet/;
/** A file this journey never asks for itself: only the service worker's copy of it fails. */
const CHINESE_CHECKLIST_STRINGS = /\/assets\/_locale-zh-result-[^/]+\.js$/;
const JOURNEY = ['iphone', 'windows', 'yes', 'registered', 'jazz', 'active', 'yes', 'enough', 'notSetUp'];

describe('the first visit’s offline copy', () => {
  it('keeps what it could when a file fails, says it is not ready yet, and finishes on the next visit online', async () => {
    const { page, context } = await open();
    let failing = true;
    await context.route(CHINESE_CHECKLIST_STRINGS, (route) => (failing ? route.abort('connectionfailed') : route.continue()));
    await page.goto(baseUrl());
    await waitForApp(page);
    await page.locator('.button-start').click();
    for (const value of JOURNEY) await choose(page, value);
    await expect.poll(() => page.getByText(NOT_YET).count(), { timeout: 30_000 }).toBe(1);

    failing = false;
    await page.reload();
    await waitForApp(page);
    await expect.poll(() => page.getByText(READY).count(), { timeout: 30_000 }).toBe(1);

    await context.setOffline(true);
    await page.reload();
    await waitForApp(page);
    await page.getByRole('link', { name: '中文' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await expect.poll(() => stepInUrl(page)).toBe('checklist');
    await page.locator('#answers-title').waitFor();
  });
});
