/* global window, document, location, MutationObserver, requestAnimationFrame */
// The bench's budget-phone section (scripts/budget-phone.mjs): what a person on a slow phone and network
// gets, each figure beside the static floor's in the same run. Every load is a fresh browser context:
// nothing cached, nothing stored.
import { emulateBudgetPhone } from './budget-phone.mjs';
import { median } from './bench-stats.mjs';

const OUTCOME_WAIT_MS = 20_000;
const TAP_STEP_MS = 100;

/** Records, in the page, when the first matching element and the Urdu font were first on screen. */
function watchForFirst(selector) {
  window.firstSeen = {};
  const frameAfter = (name) => requestAnimationFrame(() => (window.firstSeen[name] ??= performance.now()));
  new MutationObserver((_, observer) => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    frameAfter('element');
  }).observe(document, { childList: true, subtree: true });
  document.fonts.addEventListener('loadingdone', (event) => {
    if (event.fontfaces.some((face) => face.family.includes('Nastaliq'))) frameAfter('urduFont');
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') window.firstSeen.paint ??= entry.startTime;
  }).observe({ type: 'paint', buffered: true });
}

/** One fresh load of `url` on the budget phone: when the page first painted, showed `selector`, and the Urdu font. */
export async function loadOnPhone(browser, url, selector, locale) {
  const context = await browser.newContext({ locale, viewport: { width: 360, height: 640 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.addInitScript(watchForFirst, selector);
    await emulateBudgetPhone(page);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.firstSeen?.element !== undefined && window.firstSeen.paint !== undefined, undefined, {
      timeout: OUTCOME_WAIT_MS,
    });
    if (selector.includes('data-step') && url.includes('lang=ur')) {
      await page.waitForFunction(() => window.firstSeen.urduFont !== undefined, undefined, { timeout: OUTCOME_WAIT_MS });
    }
    return await page.evaluate(() => window.firstSeen);
  } finally {
    await context.close();
  }
}

const round = (ms) => Math.round(ms);

/**
 * A shared checklist link in each language, interleaved with the floor's first paint: medians of `runs`
 * loads each of the first checklist step on screen, and for Urdu, of the Urdu font.
 */
export async function sharedLinkOnPhone(browser, { appUrl, floorUrl, link, runs }) {
  const floor = [];
  const byLanguage = { en: [], zh: [], ur: [] };
  for (let i = 0; i < runs; i += 1) {
    floor.push((await loadOnPhone(browser, floorUrl, 'h1', 'en-GB')).paint);
    for (const [language, figures] of Object.entries(byLanguage)) {
      figures.push(await loadOnPhone(browser, `${appUrl}${link}&lang=${language}`, '[data-step]', 'en-GB'));
    }
  }
  const floorPaintMs = round(median(floor));
  const result = { floorPaintMs, runs };
  for (const [language, figures] of Object.entries(byLanguage)) {
    const firstStepMs = round(median(figures.map((f) => f.element)));
    result[language] = { firstStepMs, ratioToFloor: Math.round((firstStepMs / floorPaintMs) * 100) / 100,
      ...(language === 'ur' ? { urduFontMs: round(median(figures.map((f) => f.urduFont))) } : {}) };
  }
  return result;
}

/** Asks the page `done` every 50 ms, across navigations, until it holds or the wait is over. */
async function until(page, done) {
  const giveUpAt = Date.now() + OUTCOME_WAIT_MS;
  while (Date.now() < giveUpAt) {
    if (await page.evaluate(done).catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

/**
 * A control tapped on a fresh page each try: the first try the moment it shows, each next try 100 ms
 * later than the last. `taps` are tapped in turn (an answer, then Continue); `done` says, in the page,
 * that they did their job. How many were lost, at which delays, and how soon after the tap the result showed.
 */
export async function tapsOnPhone(browser, { url, locale, taps, done }, tries) {
  const results = [];
  for (let i = 0; i < tries; i += 1) {
    const delayMs = i * TAP_STEP_MS;
    const context = await browser.newContext({ locale, hasTouch: true, viewport: { width: 360, height: 640 }, serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      await emulateBudgetPhone(page);
      await page.goto(url, { waitUntil: 'commit' });
      const [first, ...rest] = taps.map((selector) => page.locator(selector).first());
      await first.waitFor({ state: 'visible' });
      if (delayMs) await page.waitForTimeout(delayMs);
      const tappedAt = Date.now();
      for (const target of [first, ...rest]) await target.tap({ noWaitAfter: true });
      const worked = await until(page, done);
      results.push({ delayMs, worked, resultMs: Date.now() - tappedAt });
    } finally {
      await context.close();
    }
  }
  const working = results.filter((r) => r.worked);
  return { tries, lost: tries - working.length, lostAtMs: results.filter((r) => !r.worked).map((r) => r.delayMs),
    medianResultMs: working.length ? round(median(working.map((r) => r.resultMs))) : null };
}

/** The controls a person taps first, each on the page it is on; `done` runs in the page. */
export const firstTapControls = (appUrl, floorUrl) => ({
  'floor: Start now': { url: floorUrl, locale: 'en-GB', taps: ['a.start'], done: () => location.search === '?started' && !!document.querySelector('h1') },
  'start: اردو': { url: appUrl, locale: 'en-GB', taps: ['.language-button[hreflang="ur"]'],
    done: () => document.documentElement.lang === 'ur' && !!document.querySelector('.language-button[aria-current="true"][hreflang="ur"]') },
  'start: 中文': { url: appUrl, locale: 'en-GB', taps: ['.language-button[hreflang="zh-CN"]'],
    done: () => document.documentElement.lang === 'zh-CN' && !!document.querySelector('.language-button[aria-current="true"][hreflang="zh-CN"]') },
  'start: English': { url: appUrl, locale: 'ur-PK', taps: ['.language-button[hreflang="en"]'],
    done: () => document.documentElement.lang === 'en' && !!document.querySelector('.language-button[aria-current="true"][hreflang="en"]') },
  'start: Start now': { url: appUrl, locale: 'en-GB', taps: ['.button-start'],
    done: () => new URLSearchParams(location.search).get('step') === 'device' && !!document.querySelector('input[value="iphone"]') },
  'question: answer, Continue': { url: `${appUrl}?step=device&lang=en`, locale: 'en-GB', taps: ['input[value="iphone"] + label', 'form.form-group button[type="submit"]'],
    done: () => new URLSearchParams(location.search).get('step') === 'esimSupport' && !!document.querySelector('input[value="yes"]') },
});
