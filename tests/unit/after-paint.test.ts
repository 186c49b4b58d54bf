import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from '../../src/lib/after-paint';

describe('afterNextPaint', () => {
  // A zero-delay timeout is due a millisecond later in fake time; a frame comes every 16.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('runs the work in a task after the next frame, not before', () => {
    const work = vi.fn();
    afterNextPaint(work);
    vi.advanceTimersByTime(1);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersToNextFrame();
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledOnce();
  });

  it('asks for one frame for all the work of a step, and runs each request, in order', () => {
    const frames = vi.spyOn(window, 'requestAnimationFrame');
    const order: string[] = [];
    const title = () => order.push('title');
    afterNextPaint(title);
    afterNextPaint(() => order.push('history'));
    afterNextPaint(title);
    expect(frames).toHaveBeenCalledOnce();
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1);
    expect(order).toEqual(['title', 'history', 'title']);
  });

  it('skips cancelled work, even once the frame has come, and nothing else', () => {
    const kept = vi.fn();
    const early = vi.fn();
    const late = vi.fn();
    afterNextPaint(kept);
    const cancelEarly = afterNextPaint(early);
    const cancelLate = afterNextPaint(late);
    cancelEarly();
    vi.advanceTimersToNextFrame();
    cancelLate();
    vi.advanceTimersByTime(1);
    expect(kept).toHaveBeenCalledOnce();
    expect(early).not.toHaveBeenCalled();
    expect(late).not.toHaveBeenCalled();
  });

  it('keeps work asked for during the frame for the frame after it', () => {
    const next = vi.fn();
    afterNextPaint(() => afterNextPaint(next));
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1);
    expect(next).not.toHaveBeenCalled();
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1);
    expect(next).toHaveBeenCalledOnce();
  });
});
