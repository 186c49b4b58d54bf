import { describe, expect, it } from 'vitest';
import { oneTaskEach } from '../../src/lib/one-task-each';

describe('oneTaskEach', () => {
  it('starts the first load at once and each other one in a later task, in order', async () => {
    const started: string[] = [];
    const load = (name: string) => () => {
      started.push(name);
      return Promise.resolve(name);
    };
    const all = oneTaskEach([load('a'), load('b'), load('c')]);
    expect(started).toEqual(['a']);
    await Promise.resolve();
    expect(started).toEqual(['a']);
    await expect(all).resolves.toEqual(['a', 'b', 'c']);
    expect(started).toEqual(['a', 'b', 'c']);
  });

  it('fails as Promise.all does when any load fails', async () => {
    const failure = new Error('offline');
    await expect(oneTaskEach([() => Promise.resolve(1), () => Promise.reject(failure)])).rejects.toBe(failure);
  });
});
