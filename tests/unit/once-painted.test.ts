import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { oncePainted, PAINT_WAIT_LIMIT_MS } from '../../src/app/boot/once-painted';

/** A stand-in for the browser's PerformanceObserver: the test reports the paint. */
function fakeObserver(supportedEntryTypes: readonly string[]) {
  const observers: { callback: () => void; disconnect: Mock<() => void>; options?: unknown }[] = [];
  class FakeObserver {
    static supportedEntryTypes = supportedEntryTypes;
    private readonly entry: (typeof observers)[number];
    constructor(callback: () => void) {
      this.entry = { callback, disconnect: vi.fn<() => void>() };
      observers.push(this.entry);
    }
    observe(options: unknown) {
      this.entry.options = options;
    }
    disconnect() {
      this.entry.disconnect();
    }
  }
  return { type: FakeObserver as unknown as typeof PerformanceObserver, observers };
}

describe('oncePainted', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('starts once the browser reports the first paint, and only once', () => {
    const { type, observers } = fakeObserver(['paint', 'largest-contentful-paint']);
    const start = vi.fn();
    oncePainted(start, type);
    expect(observers[0].options).toEqual({ type: 'paint', buffered: true });
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(100);
    expect(start).not.toHaveBeenCalled();
    observers[0].callback();
    expect(start).toHaveBeenCalledOnce();
    expect(observers[0].disconnect).toHaveBeenCalledOnce();
    observers[0].callback();
    vi.advanceTimersByTime(PAINT_WAIT_LIMIT_MS);
    expect(start).toHaveBeenCalledOnce();
  });

  it('starts anyway when no paint is reported in time (a page loaded out of sight)', () => {
    const { type } = fakeObserver(['paint']);
    const start = vi.fn();
    oncePainted(start, type);
    vi.advanceTimersByTime(PAINT_WAIT_LIMIT_MS - 1);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledOnce();
  });

  it.each([
    ['no paint timing', fakeObserver(['mark', 'measure']).type],
    ['no PerformanceObserver', null],
  ])('starts after the first frame in a browser with %s', (_, type) => {
    const start = vi.fn();
    oncePainted(start, type);
    vi.advanceTimersByTime(1);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledOnce();
  });
});
