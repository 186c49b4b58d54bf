import { describe, expect, it } from 'vitest';
import { ALPHABET, generatePassword, hotspotPasswordIssue, parsePasswordLength } from '../../src/features/tools/password';

const LIMIT = Math.floor(2 ** 32 / ALPHABET.length) * ALPHABET.length;

/** A fake random source that hands out the given values in order, repeating. */
function sequence(values: readonly number[]) {
  let next = 0;
  const requested: number[] = [];
  const fill = (array: Uint32Array) => {
    requested.push(array.length);
    for (let i = 0; i < array.length; i += 1) {
      array[i] = values[next % values.length];
      next += 1;
    }
    return array;
  };
  return { fill, requested };
}

describe('ALPHABET', () => {
  it('is ASCII letters and digits without look-alikes, each once', () => {
    expect(ALPHABET).toMatch(/^[A-Za-z0-9]+$/);
    for (const char of '0Oo1lI') expect(ALPHABET).not.toContain(char);
    expect(new Set(ALPHABET).size).toBe(ALPHABET.length);
    expect(ALPHABET.length).toBe(62 - 6);
  });
});

describe('generatePassword', () => {
  it('5,000 passwords have the right length, only alphabet characters and every class', () => {
    const onlyAlphabet = new RegExp(`^[${ALPHABET}]+$`);
    for (let i = 0; i < 5000; i += 1) {
      const length = 8 + (i % 57);
      const password = generatePassword(length);
      expect(password).toHaveLength(length);
      expect(password).toMatch(onlyAlphabet);
      expect(password).toMatch(/[a-z]/);
      expect(password).toMatch(/[A-Z]/);
      expect(password).toMatch(/[0-9]/);
    }
  });

  it('is 14 characters long by default', () => {
    expect(generatePassword()).toHaveLength(14);
  });

  it('uses every character about equally often (chi-square sanity check)', () => {
    const counts = new Map<string, number>();
    let total = 0;
    while (total < 20_000) {
      for (const char of generatePassword(64)) counts.set(char, (counts.get(char) ?? 0) + 1);
      total += 64;
    }
    for (const char of ALPHABET) expect(counts.get(char) ?? 0, char).toBeGreaterThan(0);
    const expected = total / ALPHABET.length;
    const chiSquare = [...ALPHABET].reduce((sum, char) => sum + ((counts.get(char) ?? 0) - expected) ** 2 / expected, 0);
    // 55 degrees of freedom: the 99.99th percentile is about 105. The class guarantee nudges digits
    // up slightly, far less than that.
    expect(chiSquare).toBeLessThan(110);
  });

  it.each([7, 0, -1, 65, 1000, 8.5, Number.NaN, Number.POSITIVE_INFINITY])('throws RangeError for length %s', (length) => {
    expect(() => generatePassword(length)).toThrow(RangeError);
  });

  it('accepts the bounds 8 and 64', () => {
    expect(generatePassword(8)).toHaveLength(8);
    expect(generatePassword(64)).toHaveLength(64);
  });

  it('is deterministic for a given random source', () => {
    // Indices 0..7 are "ABCDEFGH" (no lowercase, no digit); 24 is 'a', 48 is '2'.
    const { fill } = sequence([0, 24, 48, 1, 25, 49, 2, 26]);
    expect(generatePassword(8, fill)).toBe('Aa2Bb3Cc');
    const again = sequence([0, 24, 48, 1, 25, 49, 2, 26]);
    expect(generatePassword(8, again.fill)).toBe('Aa2Bb3Cc');
  });

  it('maps values with modulo only below the rejection limit', () => {
    const size = ALPHABET.length;
    // LIMIT - 1 is the last accepted value; LIMIT and above are skipped.
    const { fill } = sequence([LIMIT, 2 ** 32 - 1, LIMIT - 1, size, 24 + size * 3, 48, 4294967295, 1, 2, 3, 4, 5]);
    const password = generatePassword(8, fill);
    expect(password).toBe(`${ALPHABET[(LIMIT - 1) % size]}Aa2BCDE`);
  });

  it('keeps asking for more random values when many are rejected', () => {
    const values = [LIMIT, LIMIT + 1, LIMIT + 2, LIMIT + 3, LIMIT + 4, 0, 24, 48];
    const { fill, requested } = sequence(values);
    expect(generatePassword(8, fill)).toBe('Aa2Aa2Aa');
    expect(requested.length).toBeGreaterThan(1);
  });

  it('regenerates until all three classes are present', () => {
    // The first 8 accepted values give "ABCDEFGH"; then 12 values per attempt are requested.
    const first = [0, 1, 2, 3, 4, 5, 6, 7, 0, 0, 0, 0];
    const second = [24, 48, 0, 24, 48, 0, 24, 48, 0, 0, 0, 0];
    const { fill, requested } = sequence([...first, ...second]);
    expect(generatePassword(8, fill)).toBe('a2Aa2Aa2');
    expect(requested).toEqual([12, 12]);
  });

  it('gives up with an error when the random source can never satisfy the classes', () => {
    const { fill } = sequence([0]);
    expect(() => generatePassword(8, fill)).toThrow(Error);
  });
});

describe('parsePasswordLength', () => {
  it.each([
    ['14', 14],
    [' 8 ', 8],
    ['63', 63],
    ['۲۰', 20],
    ['٣٢', 32],
    ['１６', 16],
  ])('reads %j as %i', (input, expected) => {
    expect(parsePasswordLength(input)).toBe(expected);
  });

  it.each(['', '7', '64', '12.5', 'twelve', '-12', '1e2', '0x10'])('rejects %j', (input) => {
    expect(parsePasswordLength(input)).toBeUndefined();
  });
});

describe('hotspotPasswordIssue', () => {
  it('accepts 8 to 63 printable ASCII characters and names what is wrong otherwise', () => {
    expect(hotspotPasswordIssue('')).toBeNull();
    expect(hotspotPasswordIssue('a'.repeat(8))).toBeNull();
    expect(hotspotPasswordIssue('a'.repeat(63))).toBeNull();
    expect(hotspotPasswordIssue('a'.repeat(7))).toBe('passwordTooShort');
    expect(hotspotPasswordIssue('a'.repeat(64))).toBe('passwordTooLong');
    expect(hotspotPasswordIssue('a'.repeat(100_000))).toBe('passwordTooLong');
    expect(hotspotPasswordIssue('密码密码密码密码')).toBe('passwordNonAscii');
  });
});
