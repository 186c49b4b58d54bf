import { describe, expect, it } from 'vitest';
import { blockingAfterFirstPaint } from '../../scripts/blocking-without-inspector.mjs';

const PAGE = 7;
const OTHER = 9;
const MAIN = 1;
const ms = (value: number) => value * 1000;
const task = (pid: number, startMs: number, durationMs: number, tid = MAIN) => ({
  name: 'RunTask', ph: 'X', pid, tid, ts: ms(startMs), dur: ms(durationMs),
});

/** A trace of one page load: its navigation and first paint, and the main threads of two renderers. */
const trace = (...tasks: object[]) => [
  { name: 'thread_name', ph: 'M', pid: PAGE, tid: MAIN, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ph: 'M', pid: OTHER, tid: MAIN, args: { name: 'CrRendererMain' } },
  { name: 'navigationStart', pid: OTHER, ts: ms(0), args: { data: { documentLoaderURL: '' } } },
  { name: 'navigationStart', pid: PAGE, ts: ms(100), args: { data: { documentLoaderURL: 'http://127.0.0.1/' } } },
  { name: 'firstContentfulPaint', pid: PAGE, ts: ms(300) },
  ...tasks,
];

describe('blockingAfterFirstPaint', () => {
  it("counts what each of the page's tasks after its first paint would last beyond 50 ms at 4x", () => {
    const result = blockingAfterFirstPaint(trace(task(PAGE, 310, 20), task(PAGE, 400, 15), task(PAGE, 500, 12)));
    expect(result.blockingMs).toBeCloseTo(30 + 10, 6);
    expect(result.longestTaskMs).toBe(20);
  });

  it('leaves out tasks before the paint, other threads and other renderers', () => {
    const result = blockingAfterFirstPaint(
      trace(task(PAGE, 200, 40), task(PAGE, 320, 40, 2), task(OTHER, 320, 40), task(PAGE, 330, 5)),
    );
    expect(result).toEqual({ blockingMs: 0, longestTaskMs: 5 });
  });

  it("says so when the trace holds no page load, no paint or no page's main thread", () => {
    const without = (name: string, pid?: number) =>
      trace().filter((e) => !('name' in e) || e.name !== name || (pid !== undefined && 'pid' in e && e.pid !== pid));
    expect(() => blockingAfterFirstPaint([])).toThrow(/navigation/);
    expect(() => blockingAfterFirstPaint(without('firstContentfulPaint'))).toThrow(/paint/);
    expect(() => blockingAfterFirstPaint(without('thread_name', PAGE))).toThrow(/main thread/);
  });
});
