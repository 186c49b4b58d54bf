import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { JOURNEY_KEY, JOURNEY_VERSION, PREFERENCES_KEY, PREFERENCES_VERSION } from '../../src/stores/storage-keys';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Debian's Chromium from reaching for outside hosts on this closed network. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const baseUrl = () => inject('baseUrl');

export interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors, page errors and failed or 4xx/5xx requests seen so far. */
  readonly problems: string[];
}

/**
 * One Chromium per test file; each test gets a fresh context (empty storage). After each test the
 * page must have logged no console error and had no failed request.
 */
export function setUpBrowser(viewport = { width: 360, height: 640 }) {
  let browser: Browser;
  let session: Session | undefined;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const problems = session?.problems ?? [];
    await session?.context.close();
    session = undefined;
    expect(problems).toEqual([]);
  });

  return async function open(
    options: { viewport?: { width: number; height: number }; locale?: string; hasTouch?: boolean; userAgent?: string } = {},
  ) {
    const context = await browser.newContext({
      viewport: options.viewport ?? viewport,
      locale: options.locale ?? 'en-GB',
      hasTouch: options.hasTouch,
      userAgent: options.userAgent,
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => {
      const reason = request.failure()?.errorText ?? '';
      // A navigation the test makes (reload, goto) aborts what the old page was still loading.
      if (reason !== 'net::ERR_ABORTED') problems.push(`failed: ${request.url()} ${reason}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    session = { context, page, problems };
    return session;
  };
}

/** Waits until the app has taken over the page (its first effect names the page in the title). */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => document.title.includes('–'));
}

/** The text of the page's h1. */
export async function headingText(page: Page): Promise<string> {
  return (await page.locator('h1').innerText()).trim();
}

/** Picks the option with this value and presses Continue (works in any language). */
export async function choose(page: Page, value: string): Promise<void> {
  const before = await page.locator('h1').innerText();
  await pickOption(page, value);
  await page.locator('form.form-group button[type="submit"]').click();
  await expect.poll(() => page.locator('h1').innerText()).not.toBe(before);
}

/** Selects a radio option the way a person does: by tapping its label. */
export async function pickOption(page: Page, value: string): Promise<void> {
  const id = await page.locator(`input[type="radio"][value="${value}"]`).getAttribute('id');
  await page.locator(`label[for="${id}"]`).click();
}

export async function stepInUrl(page: Page): Promise<string | null> {
  return new URL(page.url()).searchParams.get('step');
}

/** Opens the app with a saved journey and language, as a returning visitor. */
export async function openWith(
  page: Page,
  state: { language?: string; answers?: Record<string, string>; step?: string },
): Promise<void> {
  await page.goto(baseUrl());
  // The app on this first page saves its language as it starts: only then are the records written,
  // or that save could overwrite them.
  await waitForApp(page);
  await page.evaluate(
    ({ records }) => {
      localStorage.clear();
      for (const [key, value] of records) localStorage.setItem(key, value);
    },
    { records: savedRecords(state) },
  );
  await page.goto(state.step && state.step !== 'start' ? `${baseUrl()}?step=${state.step}` : baseUrl());
  await waitForApp(page);
}

/** The records the app keeps for this language and journey, in its own storage keys and formats. */
export function savedRecords(state: { language?: string; answers?: Record<string, string>; step?: string; done?: string[] }): [string, string][] {
  const records: [string, string][] = [];
  if (state.language) {
    records.push([PREFERENCES_KEY, JSON.stringify({ state: { language: state.language }, version: PREFERENCES_VERSION })]);
  }
  if (state.answers) {
    const journey = { version: JOURNEY_VERSION, step: state.step ?? 'start', answers: state.answers, done: state.done ?? [] };
    records.push([JOURNEY_KEY, JSON.stringify(journey)]);
  }
  return records;
}

/** The answers the page has saved. */
export async function savedAnswers(page: Page): Promise<unknown> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').answers, JOURNEY_KEY);
}
