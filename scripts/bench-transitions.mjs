/* global window */
// The bench's step transitions: Continue on each question of one journey, clicked in the app and in the
// transition floor (bench/transition-floor.html, the same markup swapped by hand) at 4x CPU slowdown,
// timed with the Event Timing API.
import { chromium } from 'playwright-core';
import { median } from './bench-stats.mjs';

const JOURNEY = ['android', 'samsung', 'yes', 'registered', 'jazz', 'active', 'yes', 'low', 'slow'];

/** How to walk the app's questions: start, then pick each answer of JOURNEY. */
const appSteps = {
  async begin(page) {
    await page.locator('.button-start').click();
    await page.locator('input[value="android"]').waitFor({ state: 'attached' });
  },
  async choose(page, value) {
    const id = await page.locator(`input[value="${value}"]`).getAttribute('id');
    await page.locator(`label[for="${id}"]`).click();
  },
};

/** The transition floor (bench/transition-floor.html) asks the same made-up question each time. */
const floorSteps = {
  async begin() {},
  async choose(page) {
    await page.locator('label.radio-label').nth(1).click();
  },
};

/**
 * Click-to-next-paint of Continue on each question of one journey, from the Event Timing API, at 4x
 * CPU slowdown: the whole duration and its three parts (waiting for the main thread, the handlers, and
 * from their end to the paint).
 */
async function oneJourneyTransitions(browser, url, steps) {
  const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(url);
  await steps.begin(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluate(() => {
    window.clicks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name !== 'click') continue;
        window.clicks.push({
          duration: entry.duration,
          inputDelay: entry.processingStart - entry.startTime,
          processing: entry.processingEnd - entry.processingStart,
          toPaint: entry.startTime + entry.duration - entry.processingEnd,
        });
      }
    }).observe({ type: 'event', durationThreshold: 0, buffered: false });
  });
  const clicks = [];
  for (const value of JOURNEY) {
    await steps.choose(page, value);
    const before = await page.evaluate(() => window.clicks.length);
    await page.locator('form.form-group button[type="submit"]').click();
    await page.waitForFunction((n) => window.clicks.length > n, before);
    clicks.push(await page.evaluate(() => window.clicks.at(-1)));
  }
  await page.close();
  return clicks;
}

/** Each Continue of one journey in the app, in a fresh page: its duration and parts, in ms. */
export function appTransitions(browser, url) {
  return oneJourneyTransitions(browser, url, appSteps);
}

/**
 * The same journey walked `runs` times, each in a fresh page, in the app and in the transition floor
 * alternately (so both see the same machine load): median and maximum over every step.
 */
export async function stepTransitions(appUrl, floorUrl, { runs, chromiumPath, flags }) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: flags, headless: true });
  const app = [];
  const floor = [];
  for (let i = 0; i < runs; i += 1) {
    app.push(...(await oneJourneyTransitions(browser, appUrl, appSteps)));
    floor.push(...(await oneJourneyTransitions(browser, floorUrl, floorSteps)));
  }
  await browser.close();
  const summary = (clicks) => {
    const durations = clicks.map((click) => click.duration);
    const part = (name) => Math.round(median(clicks.map((click) => click[name])) * 10) / 10;
    return { medianMs: median(durations), maxMs: Math.max(...durations), samples: clicks.length,
      medianInputDelayMs: part('inputDelay'), medianProcessingMs: part('processing'), medianToPaintMs: part('toPaint') };
  };
  return { app: summary(app), floor: summary(floor) };
}
