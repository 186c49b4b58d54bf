// `npm run bench`: builds, serves the production build (its precompressed Brotli files, as a static
// host does; once more gzip only) and a static floor page, runs Lighthouse (mobile preset, simulated
// throttling) on the start and checklist pages in each language, times a step transition in Chromium
// at 4x CPU throttling (in the app and in a transition floor page: the same markup swapped by hand),
// prints medians and ratios to the floors, and writes bench-results/bench.json.
import { spawn, execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Launcher } from 'chrome-launcher';
import { chromium } from 'playwright-core';
import { serve } from './bench-server.mjs';
import { median } from './bench-stats.mjs';
import { stepTransitions } from './bench-transitions.mjs';
import { loadWithoutInspector } from './blocking-without-inspector.mjs';
import { firstLoad } from './first-load.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/**
 * Chromium loads its own omnibox popup, itself a web page, in the first seconds after launch: about 2 s
 * of CPU (measured), while Lighthouse loads the page under test in the browser it has just launched, on
 * every run. Lighthouse's browsers start without it, as Puppeteer's do. Chromium keeps only the last
 * `--disable-features`, so the list extends chrome-launcher's own. (The transition runs share one
 * browser, and only their first journey overlaps that start.)
 */
const QUIET_START = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];
const LAUNCHER_DISABLED = Launcher.defaultFlags().find((flag) => flag.startsWith('--disable-features='));
const DISABLED_FEATURES = [...(LAUNCHER_DISABLED?.split('=')[1].split(',') ?? []), ...QUIET_START];
const LIGHTHOUSE_FLAGS = [...FLAGS, `--disable-features=${DISABLED_FEATURES.join(',')}`];
const LANGS = { en: 'en-GB', zh: 'zh-CN', ur: 'ur-PK' };
const CHECKLIST_ANSWERS = { device: 'android', androidBrand: 'transsion', esimSupport: 'yes', pta: 'registered',
  carrier: 'zong', esimState: 'active', mobileData: 'yes', dataBalance: 'low', hotspotIssue: 'noInternet' };


function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`${command} exited ${code}: ${stderr.slice(-500)}`));
    });
  });
}

/** A Chromium profile holding a saved journey and language, so Lighthouse opens a returning visitor's page. */
async function profileWith(url, language, answers) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-profile-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, args: FLAGS.slice(1), headless: true });
  const page = context.pages()[0] ?? (await context.newPage());
  // Until the network is quiet: the app's code is then in the HTTP cache, as for anyone who came before.
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.evaluate(async ([lang, saved]) => {
    localStorage.setItem('esim-hotspot-helper:preferences', JSON.stringify({ state: { language: lang }, version: 1 }));
    localStorage.setItem('esim-hotspot-helper:journey', JSON.stringify({ version: 1, step: 'checklist', answers: saved }));
    for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
  }, [language, answers]);
  await context.close();
  return dir;
}

async function lighthouse(url, { locale, profile } = {}) {
  const out = join(mkdtempSync(join(tmpdir(), 'bench-lh-')), 'report.json');
  const userDir = profile ?? mkdtempSync(join(tmpdir(), 'bench-chrome-'));
  const flags = [...LIGHTHOUSE_FLAGS, `--user-data-dir=${userDir}`, ...(locale ? [`--lang=${locale}`] : [])].join(' ');
  const args = [url, '--quiet', '--output=json', `--output-path=${out}`, `--chrome-flags=${flags}`,
    '--only-categories=performance,accessibility,best-practices', ...(locale ? [`--locale=${locale}`] : []),
    ...(profile ? ['--disable-storage-reset'] : [])];
  await run('npx', ['lighthouse', ...args], { env: { ...process.env, CHROME_PATH: CHROMIUM } });
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const audit = (id) => report.audits[id]?.numericValue ?? NaN;
  return {
    performance: report.categories.performance.score * 100,
    accessibility: report.categories.accessibility.score * 100,
    bestPractices: report.categories['best-practices'].score * 100,
    fcpMs: audit('first-contentful-paint'),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    transferKiB: audit('total-byte-weight') / 1024,
  };
}

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

console.log('Building…');
execSync('npm run --silent build', { stdio: 'ignore' });
const app = await serve('dist', 'index.html');
// A host that serves no Brotli: the same build, gzip only.
const gzipOnly = await serve('dist', 'index.html', ['gzip']);
const floorDir = mkdtempSync(join(tmpdir(), 'bench-floor-'));
writeFileSync(join(floorDir, 'index.html'), readFileSync('bench/floor.html'));
const floor = await serve(floorDir, 'index.html');
const transitionFloorDir = mkdtempSync(join(tmpdir(), 'bench-transition-floor-'));
writeFileSync(join(transitionFloorDir, 'index.html'), readFileSync('bench/transition-floor.html'));
writeFileSync(join(transitionFloorDir, 'app.css'), builtStylesheet('dist'));
const transitionFloor = await serve(transitionFloorDir, 'index.html');

console.log(`Lighthouse, median of ${RUNS} runs (mobile, simulated slow 4G, 4x CPU):`);
const results = { runs: RUNS, date: new Date().toISOString() };
const returning = (lang, locale) => async () => {
  const profile = await profileWith(app.url, lang, CHECKLIST_ANSWERS);
  try {
    return await lighthouse(`${app.url}?step=checklist`, { locale, profile });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
};
results.pages = await medianPerPage([
  { key: 'floor', label: 'static floor', measure: () => lighthouse(floor.url) },
  ...Object.entries(LANGS).map(([lang, locale]) => ({ key: `start-${lang}`, label: `start ${lang}`, measure: () => lighthouse(app.url, { locale }) })),
  { key: 'start-en-gzip-only', label: 'start en, gzip only', measure: () => lighthouse(gzipOnly.url, { locale: LANGS.en }) },
  ...Object.entries(LANGS).map(([lang, locale]) => ({ key: `checklist-${lang}`, label: `checklist ${lang}`, measure: returning(lang, locale) })),
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
const start = results.pages['start-en'];
results.ratiosToFloor = {
  fcp: start.fcpMs / results.pages.floor.fcpMs,
  lcp: start.lcpMs / results.pages.floor.lcpMs,
  transfer: start.transferKiB / results.pages.floor.transferKiB,
  transition: results.transition.medianMs / results.transitionFloor.medianMs,
};
const parts = (t) => `(input delay ${t.medianInputDelayMs}, handlers ${t.medianProcessingMs}, then to paint ${t.medianToPaintMs} ms)`;
console.log(`Step transition at 4x CPU (click to next paint, ${results.transition.samples} clicks): median ${results.transition.medianMs} ms ${parts(results.transition)}, max ${results.transition.maxMs} ms`);
console.log(`  transition floor (the same question markup swapped by hand, no framework): median ${results.transitionFloor.medianMs} ms ${parts(results.transitionFloor)}, max ${results.transitionFloor.maxMs} ms`);
console.log(`First-load JS (gzip, every start-up chunk + English locale): ${results.firstLoad.jsGzipKiB.toFixed(1)} KiB; CSS ${results.firstLoad.cssGzipKiB.toFixed(1)} KiB; HTML ${results.firstLoad.htmlGzipKiB.toFixed(1)} KiB; Urdu font ${results.firstLoad.urduFontKiB.toFixed(1)} KiB`);
console.log(`Start page (en) vs static floor: FCP x${results.ratiosToFloor.fcp.toFixed(2)}, LCP x${results.ratiosToFloor.lcp.toFixed(2)}, transfer x${results.ratiosToFloor.transfer.toFixed(1)}; step transition x${results.ratiosToFloor.transition.toFixed(2)}`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('Written: bench-results/bench.json');
app.server.close();
gzipOnly.server.close();
floor.server.close();
transitionFloor.server.close();
