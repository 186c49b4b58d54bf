import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inNextTask, nextTask } from '../../src/lib/next-task';

describe('work in a later task', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs work after the task that asked for it, not during it', () => {
    const work = vi.fn();
    inNextTask(work);
    expect(work).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(work).toHaveBeenCalledOnce();
  });

  it('runs work in the order it was asked for', () => {
    const order: string[] = [];
    inNextTask(() => order.push('title'));
    inNextTask(() => order.push('history'));
    inNextTask(() => order.push('title'));
    vi.runAllTimers();
    expect(order).toEqual(['title', 'history', 'title']);
  });

  it('cancels only the work it was asked to cancel', () => {
    const kept = vi.fn();
    const dropped = vi.fn();
    inNextTask(kept);
    const cancel = inNextTask(dropped);
    cancel();
    vi.runAllTimers();
    expect(kept).toHaveBeenCalledOnce();
    expect(dropped).not.toHaveBeenCalled();
  });

  it('resolves its promise in a later task', async () => {
    let resolved = false;
    const waiting = nextTask().then(() => (resolved = true));
    await Promise.resolve();
    expect(resolved).toBe(false);
    vi.runAllTimers();
    await waiting;
    expect(resolved).toBe(true);
  });
});
