// `node scripts/bench-compare.mjs <with> <without> [figures]`: two builds (folders like dist/), one with a
// start-up measure and one without it, measured in interleaved pairs (with, without; then without, with)
// so both see the same moments of a busy machine. For each figure: both medians, the median gain of the
// measure, and the spread between runs (the larger interquartile range of the two). A measure earns its
// keep where its gain is larger than that spread. PAIRS (default 8) sets the number of pairs.
// Figures: shared (a shared link's first step, budget phone, en and ur), startPhone (the start page's
// first paint on the budget phone), blocking (start page, no
// inspector), transition (Continue to next paint, 4x CPU), lighthouse (start page en: FCP, LCP, TBT),
// lighthouseShared (a shared link, en and ur: LCP).
import { chromium } from 'playwright-core';
import { CHROMIUM, FLAGS, LIGHTHOUSE_FLAGS, lighthouse } from './bench-lighthouse.mjs';
import { loadOnPhone } from './bench-phone.mjs';
import { median } from './bench-stats.mjs';
import { appTransitions } from './bench-transitions.mjs';
import { loadWithoutInspector } from './blocking-without-inspector.mjs';
import { serveFolder } from './web-server.mjs';

const [withDir, withoutDir, figureList = 'shared,blocking,transition'] = process.argv.slice(2);
if (!withDir || !withoutDir) throw new Error('usage: bench-compare.mjs <with> <without> [shared,blocking,transition,lighthouse]');
const PAIRS = Number(process.env.PAIRS ?? 8);
const SHARED = '?a=2.device-android.androidBrand-transsion.esimSupport-yes.pta-registered.carrier-zong.esimState-active.mobileData-yes.dataBalance-low.hotspotIssue-noInternet';

/** Each figure group: one measurement of a served build, as named numbers (lower is better). */
const FIGURES = {
  async shared(browser, url) {
    const en = await loadOnPhone(browser, `${url}${SHARED}&lang=en`, '[data-step]', 'en-GB');
    const ur = await loadOnPhone(browser, `${url}${SHARED}&lang=ur`, '[data-step]', 'en-GB');
    return { 'shared en first step': en.element, 'shared ur first step': ur.element, 'shared ur font': ur.urduFont };
  },
  async startPhone(browser, url) {
    const start = await loadOnPhone(browser, `${url}?lang=en`, '.button-start', 'en-GB');
    return { 'start first paint, budget phone': start.paint, 'start page shown, budget phone': start.element };
  },
  async blocking(_, url) {
    const { blockingMs, longestTaskMs } = await loadWithoutInspector(CHROMIUM, LIGHTHOUSE_FLAGS, `${url}?lang=en`);
    return { 'start blocking (no inspector)': blockingMs, 'start longest task': longestTaskMs };
  },
  // The browser rounds an event's duration to 8 ms; its parts before the paint are exact. Means over
  // a journey's nine steps resolve the rounded figure better than a median would.
  async transition(browser, url) {
    const clicks = await appTransitions(browser, url);
    const mean = (name) => clicks.reduce((sum, click) => sum + click[name], 0) / clicks.length;
    return { 'step transition (mean of a journey)': mean('duration'), 'step input delay': mean('inputDelay'),
      'step handlers': mean('processing'), 'step handlers to paint': mean('toPaint'),
      'last step, to the checklist': clicks.at(-1).duration };
  },
  async lighthouse(_, url) {
    const { fcpMs, lcpMs, tbtMs } = await lighthouse(url, { locale: 'en-GB' });
    return { 'Lighthouse start FCP': fcpMs, 'Lighthouse start LCP': lcpMs, 'Lighthouse start TBT': tbtMs };
  },
  async lighthouseShared(_, url) {
    const en = await lighthouse(`${url}${SHARED}&lang=en`, { locale: 'en-GB' });
    const ur = await lighthouse(`${url}${SHARED}&lang=ur`, { locale: 'ur-PK' });
    return { 'Lighthouse shared en LCP': en.lcpMs, 'Lighthouse shared ur LCP': ur.lcpMs };
  },
};

const quartile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  return sorted[Math.floor(at)] + (sorted[Math.ceil(at)] - sorted[Math.floor(at)]) * (at - Math.floor(at));
};
const spread = (values) => quartile(values, 0.75) - quartile(values, 0.25);

const builds = { with: await serveFolder(withDir), without: await serveFolder(withoutDir) };
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.slice(1), headless: true });
const samples = { with: [], without: [] };
const groups = figureList.split(',').map((name) => {
  if (!FIGURES[name]) throw new Error(`unknown figure group: ${name}`);
  return FIGURES[name];
});
for (let pair = 0; pair < PAIRS; pair += 1) {
  const order = pair % 2 === 0 ? ['with', 'without'] : ['without', 'with'];
  for (const build of order) {
    const figures = {};
    for (const measure of groups) Object.assign(figures, await measure(browser, builds[build].url));
    samples[build].push(figures);
  }
  console.log(`  pair ${pair + 1} of ${PAIRS}`);
}
await browser.close();
for (const build of Object.values(builds)) build.close();

const round = (ms) => Math.round(ms * 10) / 10;
const rows = Object.keys(samples.with[0]).map((figure) => {
  const withValues = samples.with.map((s) => s[figure]);
  const withoutValues = samples.without.map((s) => s[figure]);
  const gain = median(withoutValues) - median(withValues);
  const noise = Math.max(spread(withValues), spread(withoutValues));
  return { figure, with: round(median(withValues)), without: round(median(withoutValues)), gain: round(gain), spread: round(noise),
    earns: gain > noise };
});
console.log(`${PAIRS} interleaved pairs, medians in ms:`);
for (const row of rows) {
  console.log(`  ${row.figure}: with ${row.with}, without ${row.without}; gain ${row.gain}, spread ${row.spread} -> ${row.earns ? 'earns its keep' : 'no gain beyond the spread'}`);
}
console.log(JSON.stringify(rows));
