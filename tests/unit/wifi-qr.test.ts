import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { MAX_QR_BYTES, qrMatrix, wifiJoinPayload } from '../../src/features/tools/wifi-qr';

/** Draws the modules as black and white pixels: `scale` px per module, `quiet` white modules around. */
function render(matrix: boolean[][], scale = 8, quiet = 4) {
  const size = (matrix.length + 2 * quiet) * scale;
  const pixels = new Uint8ClampedArray(size * size * 4).fill(255);
  matrix.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (!dark) return;
      for (let y = 0; y < scale; y += 1) {
        for (let x = 0; x < scale; x += 1) {
          const offset = (((r + quiet) * scale + y) * size + (c + quiet) * scale + x) * 4;
          pixels.fill(0, offset, offset + 3);
        }
      }
    }),
  );
  return { pixels, size };
}

function decode(text: string) {
  const { pixels, size } = render(qrMatrix(text));
  return jsQR(pixels, size, size, { inversionAttempts: 'dontInvert' });
}

/** The 15-bit format information read from beside the top-left finder, unmasked (ISO/IEC 18004 §7.9). */
function formatInfo(matrix: boolean[][]): number {
  const positions = [
    ...[0, 1, 2, 3, 4, 5, 7, 8].map((col) => [8, col]),
    ...[7, 5, 4, 3, 2, 1, 0].map((row) => [row, 8]),
  ];
  const bits = positions.reduce((value, [row, col]) => (value << 1) | (matrix[row][col] ? 1 : 0), 0);
  return bits ^ 0b101010000010010;
}

/** Is `value` a valid format-information codeword, i.e. divisible by the BCH generator 0x537? */
function isBchFormatCodeword(value: number): boolean {
  let rest = value;
  for (let bit = 14; bit >= 10; bit -= 1) if (rest & (1 << bit)) rest ^= 0x537 << (bit - 10);
  return rest === 0;
}

describe('wifiJoinPayload', () => {
  it('builds a WPA payload', () => {
    expect(wifiJoinPayload({ ssid: 'Ali Hotspot', password: 'Kp7mWq3xTz9aBc' })).toBe('WIFI:T:WPA;S:Ali Hotspot;P:Kp7mWq3xTz9aBc;;');
  });

  it.each([
    ['\\', '\\\\'],
    [';', '\\;'],
    [',', '\\,'],
    [':', '\\:'],
    ['"', '\\"'],
  ])('escapes %s in the SSID and the password', (char, escaped) => {
    expect(wifiJoinPayload({ ssid: `a${char}b`, password: `p${char}q` })).toBe(`WIFI:T:WPA;S:a${escaped}b;P:p${escaped}q;;`);
  });

  it('escapes every special character once, backslash included', () => {
    expect(wifiJoinPayload({ ssid: 'a;b,c:d\\e"f', password: '\\;,:"' })).toBe(
      'WIFI:T:WPA;S:a\\;b\\,c\\:d\\\\e\\"f;P:\\\\\\;\\,\\:\\";;',
    );
    expect(wifiJoinPayload({ ssid: '\\;', password: 'x\\\\y' })).toBe('WIFI:T:WPA;S:\\\\\\;;P:x\\\\\\\\y;;');
  });

  it('leaves other characters alone', () => {
    expect(wifiJoinPayload({ ssid: "علی's 热点 WIFI:T", password: "!#$%&'()*+-./<=>?@[]^_`{|}~ " })).toBe(
      "WIFI:T:WPA;S:علی's 热点 WIFI\\:T;P:!#$%&'()*+-./<=>?@[]^_`{|}~ ;;",
    );
  });

  it('uses T:nopass and no P: for an empty password', () => {
    expect(wifiJoinPayload({ ssid: 'Open', password: '' })).toBe('WIFI:T:nopass;S:Open;;');
  });

  it('adds H:true; for a hidden network', () => {
    expect(wifiJoinPayload({ ssid: 'Ali', password: 'secret123', hidden: true })).toBe('WIFI:T:WPA;S:Ali;P:secret123;H:true;;');
    expect(wifiJoinPayload({ ssid: 'Ali', password: '', hidden: true })).toBe('WIFI:T:nopass;S:Ali;H:true;;');
    expect(wifiJoinPayload({ ssid: 'Ali', password: 'secret123', hidden: false })).toBe('WIFI:T:WPA;S:Ali;P:secret123;;');
  });
});

describe('qrMatrix', () => {
  it('returns a square matrix of 17 + 4 × version modules with the three finder patterns', () => {
    const matrix = qrMatrix('WIFI:T:WPA;S:Ali;P:secret123;;');
    const size = matrix.length;
    expect((size - 17) % 4).toBe(0);
    for (const row of matrix) expect(row).toHaveLength(size);
    const finder = (top: number, left: number) =>
      Array.from({ length: 7 }, (_, r) => Array.from({ length: 7 }, (_, c) => matrix[top + r][left + c]));
    const expected = Array.from({ length: 7 }, (_, r) =>
      Array.from({ length: 7 }, (_, c) => r === 0 || r === 6 || c === 0 || c === 6 || (r >= 2 && r <= 4 && c >= 2 && c <= 4)),
    );
    expect(finder(0, 0)).toEqual(expected);
    expect(finder(0, size - 7)).toEqual(expected);
    expect(finder(size - 7, 0)).toEqual(expected);
  });

  it('does not include a quiet zone (the finder starts in the first row and column)', () => {
    const matrix = qrMatrix('x');
    expect(matrix[0][0]).toBe(true);
    expect(matrix[0].at(-1)).toBe(true);
  });

  it('uses error correction level M (version 1 holds 14 bytes, version 2 from 15)', () => {
    expect(qrMatrix('a'.repeat(14))).toHaveLength(21);
    expect(qrMatrix('a'.repeat(15))).toHaveLength(25);
    // Version 10-M holds 213 bytes.
    expect(qrMatrix('a'.repeat(213))).toHaveLength(57);
    expect(qrMatrix('a'.repeat(214))).toHaveLength(61);
  });

  it('writes level M (bits 00) into a valid format-information codeword', () => {
    for (const text of ['x', 'WIFI:T:WPA;S:热点;P:abc;;', 'a'.repeat(300)]) {
      const info = formatInfo(qrMatrix(text));
      expect(isBchFormatCodeword(info)).toBe(true);
      expect(info >> 13).toBe(0b00);
    }
  });

  it('counts UTF-8 bytes, not characters', () => {
    // 4 CJK characters = 12 bytes fit version 1-M; 5 = 15 bytes do not.
    expect(qrMatrix('热点热点')).toHaveLength(21);
    expect(qrMatrix('热点热点热')).toHaveLength(25);
  });

  it('holds up to 2,331 bytes and throws RangeError beyond', () => {
    expect(MAX_QR_BYTES).toBe(2331);
    expect(qrMatrix('a'.repeat(2331))).toHaveLength(177);
    expect(() => qrMatrix('a'.repeat(2332))).toThrow(RangeError);
    expect(() => qrMatrix('热'.repeat(778))).toThrow(RangeError); // 2,334 bytes
  });

  it('is deterministic', () => {
    expect(qrMatrix('WIFI:T:WPA;S:a;P:b;;')).toEqual(qrMatrix('WIFI:T:WPA;S:a;P:b;;'));
  });
});

describe('Wi-Fi QR round trip through a QR decoder (jsQR)', () => {
  const encoder = new TextEncoder();
  const sixty = 'Kp7mWq3xTz9aBcDeFgHjKmNpQrStUvWxYz23456789abcdefghijkmnpqrst';

  it.each([
    ['plain', { ssid: 'Ali Hotspot', password: 'Kp7mWq3xTz9aBc' }],
    ['every escaped character', { ssid: 'a;b,c:d\\e"f', password: '\\;,:"pass' }],
    ['open network', { ssid: 'Guest', password: '' }],
    ['hidden network', { ssid: 'Hidden', password: 'secret123', hidden: true }],
    ['Chinese SSID', { ssid: '我的热点', password: 'Kp7mWq3xTz9aBc' }],
    ['Urdu SSID', { ssid: 'میرا ہاٹ اسپاٹ', password: 'Kp7mWq3xTz9aBc' }],
    ['emoji SSID', { ssid: 'Ali 😀📶', password: 'Kp7mWq3xTz9aBc' }],
    ['60-character password', { ssid: 'Ali Hotspot', password: sixty }],
    ['Chinese SSID and 60-character password', { ssid: '张伟的手机', password: sixty }],
    ['Urdu SSID and 60-character password with specials', { ssid: 'علی کا فون', password: `${sixty.slice(0, 55)};,:"\\` }],
    ['63-character password (WPA maximum)', { ssid: 'A'.repeat(32), password: 'z'.repeat(63) }],
  ])('%s', (_name, details) => {
    expect(sixty).toHaveLength(60);
    const payload = wifiJoinPayload(details);
    const result = decode(payload);
    expect(result).not.toBeNull();
    expect(result!.data).toBe(payload);
    expect(result!.binaryData).toEqual([...encoder.encode(payload)]);
  });

  it('round-trips arbitrary text of many lengths', () => {
    for (const length of [1, 14, 15, 50, 100, 200, 400]) {
      const text = Array.from({ length }, (_, i) => String.fromCharCode(0x21 + ((i * 7) % 94))).join('');
      expect(decode(text)?.data, `length ${length}`).toBe(text);
    }
  });
});
