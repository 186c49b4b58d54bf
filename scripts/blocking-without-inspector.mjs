// Page loads as a visitor's browser runs them: no DevTools protocol attached, traced by Chromium's own
// start-up tracing instead. With an inspector attached, as Lighthouse's is, V8 records a stack with line
// numbers for every error created, and re-parses the code that created it to find them: React DOM creates
// five at start-up, and re-parsing its 200 KB module costs one task 15 to 20 ms (measured), which no
// visitor's browser spends. Lighthouse's blocking time includes it; this measurement does not.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CATEGORIES = 'devtools.timeline,disabled-by-default-devtools.timeline,loading,blink.user_timing';
const TRACE_SECONDS = 4;
const GIVE_UP_MS = 20_000;
/** Lighthouse's rule, on its mobile CPU: a task blocks input for what it lasts beyond 50 ms at 4x. */
const SLOWDOWN = 4;
const BLOCKING_THRESHOLD_MS = 50;

/** The trace is written when its time is up, while Chromium still runs: it may lack its closing brackets. */
function parseTrace(text) {
  try {
    return JSON.parse(text).traceEvents;
  } catch {
    return JSON.parse(`${text.replace(/,\s*$/, '')}]}`).traceEvents;
  }
}

/**
 * Blocking time at 4x CPU from the first contentful paint on, on the loaded page's main thread: each
 * task counts four times its length beyond 50 ms. Also the longest such task, as measured (1x).
 */
export function blockingAfterFirstPaint(events) {
  const navigation = events
    .filter((e) => e.name === 'navigationStart' && String(e.args?.data?.documentLoaderURL ?? '').startsWith('http'))
    .at(-1);
  if (!navigation) throw new Error('no page navigation in the trace');
  const paint = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === navigation.pid && e.ts > navigation.ts);
  if (!paint) throw new Error('no first contentful paint in the trace');
  const mainThread = events.find((e) => e.name === 'thread_name' && e.pid === navigation.pid && e.args?.name === 'CrRendererMain');
  if (!mainThread) throw new Error("no main thread of the page's renderer in the trace");
  const tasks = events.filter(
    (e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === navigation.pid && e.tid === mainThread.tid && e.ts >= paint.ts,
  );
  const durationsMs = tasks.map((task) => task.dur / 1000);
  return {
    blockingMs: durationsMs.reduce((sum, ms) => sum + Math.max(0, SLOWDOWN * ms - BLOCKING_THRESHOLD_MS), 0),
    longestTaskMs: Math.max(0, ...durationsMs),
  };
}

/** One cold load of `url` in a fresh Chromium profile, traced with no inspector attached. */
export async function loadWithoutInspector(chromiumPath, flags, url) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-trace-'));
  const file = join(dir, 'trace.json');
  const browser = spawn(chromiumPath, [...flags, `--user-data-dir=${join(dir, 'profile')}`, '--window-size=412,823',
    `--trace-startup=${CATEGORIES}`, '--trace-startup-format=json', `--trace-startup-file=${file}`,
    `--trace-startup-duration=${TRACE_SECONDS}`, url], { stdio: 'ignore', detached: true });
  try {
    const giveUpAt = Date.now() + GIVE_UP_MS;
    while (Date.now() < giveUpAt) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      if (!existsSync(file)) continue;
      try {
        return blockingAfterFirstPaint(parseTrace(readFileSync(file, 'utf8')));
      } catch {
        // Still being written.
      }
    }
    throw new Error(`no complete trace of ${url} within ${GIVE_UP_MS / 1000} s`);
  } finally {
    // The whole process group: a launcher script and every process the browser started.
    const exited = new Promise((resolve) => browser.once('exit', resolve));
    process.kill(-browser.pid, 'SIGKILL');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  }
}
