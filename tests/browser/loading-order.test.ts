import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseUrl, headingText, savedRecords, setUpBrowser, waitForApp } from './browser';

const open = setUpBrowser();

const LATER_SCREENS = /\/assets\/(ChecklistPage|ResultTools|QuestionHelp|IdentifierChecker|later-screens)-[^/]+\.js$/;
/** How many of the build's chunks hold later screens' code: the two tests expect each of them asked for. */
const LATER_CHUNKS = readdirSync('dist/assets').filter((name) => LATER_SCREENS.test(`/assets/${name}`)).length;
const resultStrings = (language: string) => new RegExp(`/assets/_locale-${language}-result-[^/]+\\.js$`);

const SAVED_CHECKLIST = savedRecords({
  step: 'checklist',
  answers: { device: 'iphone', connectDevice: 'windows', esimSupport: 'yes', pta: 'registered', carrier: 'ufone', esimState: 'active', mobileData: 'yes', dataBalance: 'enough', hotspotIssue: 'notSetUp' },
});

describe('what loads when', () => {
  it('a first visit fetches the questions’ strings once the start page is shown, and no checklist code or strings until a journey begins', async () => {
    expect(LATER_CHUNKS).toBeGreaterThanOrEqual(2);
    const { page } = await open();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(baseUrl());
    await waitForApp(page);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((url) => LATER_SCREENS.test(url) || resultStrings('en').test(url))).toEqual([]);
    // The questions' strings are asked for once the start page is on screen, for the first tap on Start now.
    expect(requested.filter((url) => /\/assets\/_locale-en-questions-[^/]+\.js$/.test(url))).toHaveLength(1);

    await page.locator('.button-start').click();
    await expect.poll(() => new Set(requested.filter((url) => LATER_SCREENS.test(url))).size).toBe(LATER_CHUNKS);
    await expect.poll(() => requested.some((url) => resultStrings('en').test(url))).toBe(true);
  });

  it('a returning visitor on the checklist gets its code and strings while React DOM is still on its way', async () => {
    const { context, page } = await open({ locale: 'zh-CN' });
    await context.addInitScript((saved) => {
      for (const [key, value] of saved) localStorage.setItem(key, value);
    }, SAVED_CHECKLIST);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/react-dom-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));

    await page.goto(`${baseUrl()}?step=checklist`, { waitUntil: 'commit' });
    await expect.poll(() => new Set(requested.filter((url) => LATER_SCREENS.test(url))).size).toBe(LATER_CHUNKS);
    await expect.poll(() => requested.some((url) => resultStrings('zh').test(url))).toBe(true);
    expect(requested.some((url) => resultStrings('en').test(url))).toBe(false);

    release();
    await waitForApp(page);
    expect(await headingText(page)).toBe('你的热点操作清单');
  });

  it('a first Urdu visit asks for the Nastaliq face before any script: the start page is drawn in it', async () => {
    const { page } = await open({ locale: 'ur-PK' });
    await page.goto(baseUrl(), { waitUntil: 'commit' });
    await expect.poll(() => page.evaluate(() => document.querySelector('link[rel="preload"][as="font"]')?.getAttribute('href') ?? ''))
      .toMatch(/nastaliq.*\.woff2$/);
  });

  it('a returning Urdu visitor on the checklist leaves the connection to the scripts: the Nastaliq face comes when the steps ask for it', async () => {
    const { context, page } = await open({ locale: 'ur-PK' });
    await context.addInitScript((saved) => {
      for (const [key, value] of saved) localStorage.setItem(key, value);
    }, SAVED_CHECKLIST);
    await page.goto(`${baseUrl()}?step=checklist`);
    await waitForApp(page);
    await expect.poll(() => page.evaluate(() => document.fonts.check('20px "Noto Nastaliq Urdu"', 'ا'))).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('link[rel="preload"][as="font"]').length)).toBe(0);
  });
});
