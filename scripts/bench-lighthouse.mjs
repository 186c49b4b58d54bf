// Lighthouse for the bench, and the Chromium the bench runs: its path and flags.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Launcher } from 'chrome-launcher';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
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
export const LIGHTHOUSE_FLAGS = [...FLAGS, `--disable-features=${DISABLED_FEATURES.join(',')}`];
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

/** One Lighthouse run (mobile preset, simulated throttling) on `url`, in a fresh profile. */
export async function lighthouse(url, { locale } = {}) {
  const out = join(mkdtempSync(join(tmpdir(), 'bench-lh-')), 'report.json');
  const userDir = mkdtempSync(join(tmpdir(), 'bench-chrome-'));
  const flags = [...LIGHTHOUSE_FLAGS, `--user-data-dir=${userDir}`, ...(locale ? [`--lang=${locale}`] : [])].join(' ');
  const args = [url, '--quiet', '--output=json', `--output-path=${out}`, `--chrome-flags=${flags}`,
    '--only-categories=performance,accessibility,best-practices', ...(locale ? [`--locale=${locale}`] : [])];
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
