// `npm run bench`: builds, serves the production build with the app's own web server configuration
// (deploy/Caddyfile: Brotli copies; once more gzip only) and a static floor page, runs Lighthouse
// (mobile preset, simulated throttling) on the start page and a shared checklist link in each language,
// times a step transition at 4x CPU (in the app and in a transition floor page: the same markup swapped
// by hand), measures the budget-phone figures (scripts/bench-phone.mjs), prints medians and ratios to
// the floors, and writes bench-results/bench.json.
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, FLAGS, LIGHTHOUSE_FLAGS, lighthouse } from './bench-lighthouse.mjs';
import { firstTapControls, sharedLinkOnPhone, tapsOnPhone } from './bench-phone.mjs';
import { median } from './bench-stats.mjs';
import { stepTransitions } from './bench-transitions.mjs';
import { loadWithoutInspector } from './blocking-without-inspector.mjs';
import { firstLoad } from './first-load.mjs';
import { writePrecompressed } from './precompress.mjs';
import { serveFolder } from './web-server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LANGS = { en: 'en-GB', zh: 'zh-CN', ur: 'ur-PK' };
const CHECKLIST_ANSWERS = { device: 'android', androidBrand: 'transsion', esimSupport: 'yes', pta: 'registered',
  carrier: 'zong', esimState: 'active', mobileData: 'yes', dataBalance: 'low', hotspotIssue: 'noInternet' };
/** A checklist shared from the app (link format 2), without its language. */
const SHARED_LINK = `?a=2.${Object.entries(CHECKLIST_ANSWERS).map(([question, option]) => `${question}-${option}`).join('.')}`;
const TAP_TRIES = Number(process.env.BENCH_TAP_TRIES ?? 20);


/**
 * Every page measured RUNS rounds of one measurement per page (so the floor and the app see the same
 * moments of a busy machine), then each page's median of each figure, printed by `describe`.
 */
async function medianPerPage(pages, describe) {
  const runs = Object.fromEntries(pages.map((page) => [page.key, []]));
  for (let round = 1; round <= RUNS; round += 1) {
    console.log(`  round ${round} of ${RUNS}`);
    for (const page of pages) runs[page.key].push(await page.measure());
  }
  const results = {};
  for (const { key, label } of pages) {
    const result = Object.fromEntries(Object.keys(runs[key][0]).map((figure) => [figure, median(runs[key].map((r) => r[figure]))]));
    console.log(`  ${label}: ${describe(result)}`);
    results[key] = result;
  }
  return results;
}

const describeLighthouse = (result) =>
  `perf ${result.performance} a11y ${result.accessibility} bp ${result.bestPractices} ` +
  `FCP ${Math.round(result.fcpMs)} ms LCP ${Math.round(result.lcpMs)} ms TBT ${Math.round(result.tbtMs)} ms ` +
  `CLS ${result.cls.toFixed(3)} ${result.transferKiB.toFixed(1)} KiB`;

const describeBlocking = (result) =>
  `blocking ${Math.round(result.blockingMs)} ms, longest task ${result.longestTaskMs.toFixed(1)} ms`;

/** The built stylesheet the app's pages link, so the transition floor is styled like the app. */
function builtStylesheet(dist) {
  const href = readFileSync(join(dist, 'index.html'), 'utf8').match(/<link rel="stylesheet"[^>]* href="([^"]+)"/)?.[1];
  if (!href) throw new Error('bench: no stylesheet link in the built index.html');
  return readFileSync(join(dist, href));
}

/** A folder holding `files` (name to content), with precompressed copies, served as the app is. */
async function serveFiles(prefix, files) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  writePrecompressed(dir);
  return serveFolder(dir);
}

console.log('Building…');
execSync('npm run --silent build', { stdio: 'ignore' });
const app = await serveFolder('dist');
// A host that serves no Brotli: the same build, gzip only.
const gzipOnly = await serveFolder('dist', { precompressed: 'gzip' });
const floor = await serveFiles('bench-floor-', { 'index.html': readFileSync('bench/floor.html') });
const transitionFloor = await serveFiles('bench-transition-floor-', { 'index.html': readFileSync('bench/transition-floor.html'),
  'app.css': builtStylesheet('dist') });

console.log(`Lighthouse, median of ${RUNS} runs (mobile, simulated slow 4G, 4x CPU):`);
const results = { runs: RUNS, date: new Date().toISOString() };
results.pages = await medianPerPage([
  { key: 'floor', label: 'static floor', measure: () => lighthouse(floor.url) },
  ...Object.entries(LANGS).map(([lang, locale]) => ({ key: `start-${lang}`, label: `start ${lang}`, measure: () => lighthouse(app.url, { locale }) })),
  { key: 'start-en-gzip-only', label: 'start en, gzip only', measure: () => lighthouse(gzipOnly.url, { locale: LANGS.en }) },
  ...Object.entries(LANGS).map(([lang, locale]) => ({ key: `shared-${lang}`, label: `shared checklist link ${lang}`,
    measure: () => lighthouse(`${app.url}${SHARED_LINK}&lang=${lang}`, { locale }) })),
], describeLighthouse);
console.log(`Start page (en) with no inspector attached, median of ${RUNS} loads (blocking at 4x after the first paint):`);
results.withoutInspector = await medianPerPage([
  { key: 'floor', label: 'static floor', measure: () => loadWithoutInspector(CHROMIUM, LIGHTHOUSE_FLAGS, floor.url) },
  { key: 'start-en', label: 'start en', measure: () => loadWithoutInspector(CHROMIUM, LIGHTHOUSE_FLAGS, `${app.url}?lang=en`) },
], describeBlocking);
const transitions = await stepTransitions(app.url, transitionFloor.url, { runs: RUNS, chromiumPath: CHROMIUM, flags: FLAGS.slice(1) });
results.transition = transitions.app;
results.transitionFloor = transitions.floor;
results.firstLoad = firstLoad('dist', 'en');

const phone = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.slice(1), headless: true });
const phoneRuns = Math.max(RUNS, 5);
console.log(`Budget phone (150 ms, 1.6 Mbps, 4x CPU), a shared checklist link, median of ${phoneRuns} loads each, interleaved with the floor:`);
results.sharedLink = await sharedLinkOnPhone(phone, { appUrl: app.url, floorUrl: floor.url, link: SHARED_LINK, runs: phoneRuns });
console.log(`  floor first paint ${results.sharedLink.floorPaintMs} ms; first step: ` +
  ['en', 'zh', 'ur'].map((l) => `${l} ${results.sharedLink[l].firstStepMs} ms (x${results.sharedLink[l].ratioToFloor})`).join(', ') +
  `; Urdu font ${results.sharedLink.ur.urduFontMs} ms`);
console.log(`Budget phone, first taps: ${TAP_TRIES} fresh pages per control, tapped the moment it shows, then 100 ms later each try:`);
results.taps = {};
for (const [name, control] of Object.entries(firstTapControls(app.url, floor.url))) {
  const taps = await tapsOnPhone(phone, control, TAP_TRIES);
  results.taps[name] = taps;
  console.log(`  ${name}: ${taps.lost} lost of ${taps.tries}${taps.lost ? ` (at ${taps.lostAtMs.join(', ')} ms)` : ''}; result on screen ${taps.medianResultMs} ms after the tap (median)`);
}
await phone.close();

const start = results.pages['start-en'];
const lcpRatio = (key) => results.pages[key].lcpMs / results.pages.floor.lcpMs;
results.ratiosToFloor = {
  fcp: start.fcpMs / results.pages.floor.fcpMs,
  lcp: lcpRatio('start-en'),
  sharedLcp: { en: lcpRatio('shared-en'), zh: lcpRatio('shared-zh'), ur: lcpRatio('shared-ur') },
  transfer: start.transferKiB / results.pages.floor.transferKiB,
  transition: results.transition.medianMs / results.transitionFloor.medianMs,
};
const parts = (t) => `(input delay ${t.medianInputDelayMs}, handlers ${t.medianProcessingMs}, then to paint ${t.medianToPaintMs} ms)`;
console.log(`Step transition at 4x CPU (click to next paint, ${results.transition.samples} clicks): median ${results.transition.medianMs} ms ${parts(results.transition)}, max ${results.transition.maxMs} ms`);
console.log(`  transition floor (the same question markup swapped by hand, no framework): median ${results.transitionFloor.medianMs} ms ${parts(results.transitionFloor)}, max ${results.transitionFloor.maxMs} ms`);
console.log(`First-load JS (gzip, every start-up chunk + English locale): ${results.firstLoad.jsGzipKiB.toFixed(1)} KiB; CSS ${results.firstLoad.cssGzipKiB.toFixed(1)} KiB; HTML ${results.firstLoad.htmlGzipKiB.toFixed(1)} KiB; Urdu font ${results.firstLoad.urduFontKiB.toFixed(1)} KiB`);
console.log(`Start page (en) vs static floor: FCP x${results.ratiosToFloor.fcp.toFixed(2)}, LCP x${results.ratiosToFloor.lcp.toFixed(2)}, transfer x${results.ratiosToFloor.transfer.toFixed(1)}; step transition x${results.ratiosToFloor.transition.toFixed(2)}`);
console.log(`Shared checklist link vs static floor, Lighthouse LCP: ${Object.entries(results.ratiosToFloor.sharedLcp).map(([l, r]) => `${l} x${r.toFixed(2)}`).join(', ')}`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('Written: bench-results/bench.json');
for (const server of [app, gzipOnly, floor, transitionFloor]) server.close();
