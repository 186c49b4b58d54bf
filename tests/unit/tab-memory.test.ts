import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readStoredItem, safeStorage } from '../../src/lib/safe-storage';
import { copiesAhead, openTabMemory, recallFromTab, tabStateWith } from '../../src/lib/tab-memory';

const KEY = 'esim-hotspot-helper:test';

const refuseWrites = () =>
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('quota', 'QuotaExceededError');
  });

/** A reload: the page starts again on the same history entry. */
const reload = () => openTabMemory();

afterEach(() => {
  vi.restoreAllMocks();
  openTabMemory();
});

describe('what was saved, after a reload of the tab', () => {
  it('is what storage holds when storage took the last write', () => {
    expect(safeStorage.setItem(KEY, 'first')).toBe(true);
    reload();
    expect(readStoredItem(KEY)).toBe('first');
  });

  it('is the tab copy when storage refused the last write, though storage holds an older value', () => {
    safeStorage.setItem(KEY, 'first');
    refuseWrites();
    expect(safeStorage.setItem(KEY, 'second')).toBe(false);
    reload();
    expect(localStorage.getItem(KEY)).toBe('first');
    expect(readStoredItem(KEY)).toBe('second');
  });

  it('is what another tab saved later, when this tab last saved without trouble', () => {
    safeStorage.setItem(KEY, 'this tab');
    localStorage.setItem(KEY, 'other tab');
    reload();
    expect(readStoredItem(KEY)).toBe('other tab');
  });

  it('is the tab copy when storage could neither take the write nor be read', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    refuseWrites();
    safeStorage.setItem(KEY, 'kept');
    reload();
    expect(readStoredItem(KEY)).toBe('kept');
  });

  it('is nothing when storage took the write and was cleared since (by the person or the browser)', () => {
    safeStorage.setItem(KEY, 'kept');
    localStorage.clear();
    reload();
    expect(readStoredItem(KEY)).toBeNull();
  });

  it('is nothing once removed', () => {
    safeStorage.setItem(KEY, 'bad');
    safeStorage.removeItem(KEY);
    reload();
    expect(readStoredItem(KEY)).toBeNull();
  });
});

describe('the copy in the history entry', () => {
  it('goes with each new entry, beside the entry own state', () => {
    refuseWrites();
    safeStorage.setItem(KEY, 'value');
    window.history.pushState(tabStateWith({ step: 'pta' }), '', '/?step=pta');
    reload();
    expect(window.history.state.step).toBe('pta');
    expect(recallFromTab(KEY)).toEqual({ value: 'value', ahead: true });
  });

  it.each([null, 'text', 7, [], { kept: 'text' }, { kept: { [KEY]: { value: 5 } } }, { kept: { [KEY]: 'value' } }])(
    'is ignored when the entry holds something else: %j',
    (state) => {
      window.history.replaceState(state, '');
      reload();
      expect(recallFromTab(KEY)).toBeNull();
      expect(readStoredItem(KEY)).toBeNull();
    },
  );

  it('reads any entry state without throwing, giving only text or nothing', () => {
    const copy = fc.record({ value: fc.oneof(fc.string(), fc.anything()), ahead: fc.anything() }, { requiredKeys: [] });
    const state = fc.oneof(fc.anything(), fc.record({ kept: fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(KEY, '__proto__', 'other'), copy)) }));
    fc.assert(
      fc.property(state, (entry) => {
        window.history.replaceState(entry, '');
        reload();
        const recalled = recallFromTab(KEY);
        expect(recalled === null || (typeof recalled.value === 'string' && typeof recalled.ahead === 'boolean')).toBe(true);
        expect(copiesAhead().every(([key, value]) => typeof key === 'string' && typeof value === 'string')).toBe(true);
        const read = readStoredItem(KEY);
        expect(read === null || typeof read === 'string').toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('is a second line only: a browser refusing to replace the entry loses nothing storage kept', () => {
    vi.spyOn(window.history, 'replaceState').mockImplementation(() => {
      throw new DOMException('too many calls', 'SecurityError');
    });
    expect(safeStorage.setItem(KEY, 'value')).toBe(true);
    expect(readStoredItem(KEY)).toBe('value');
  });
});

describe('catching up after a reload', () => {
  it('writes again what storage refused, once storage takes writes again', () => {
    safeStorage.setItem(KEY, 'first');
    const refusing = refuseWrites();
    safeStorage.setItem(KEY, 'second');
    reload();
    expect(safeStorage.catchUp()).toBe(false);
    expect(localStorage.getItem(KEY)).toBe('first');
    refusing.mockRestore();
    expect(safeStorage.catchUp()).toBe(true);
    expect(localStorage.getItem(KEY)).toBe('second');
    expect(recallFromTab(KEY)).toEqual({ value: 'second', ahead: false });
  });
});
