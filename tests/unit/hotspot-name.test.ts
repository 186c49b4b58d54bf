import { describe, expect, it } from 'vitest';
import { checkHotspotName, MAX_SSID_BYTES, utf8Length } from '../../src/features/tools/hotspot-name';

describe('utf8Length', () => {
  it.each([
    ['', 0],
    ['Ali Hotspot', 11],
    ['é', 2], // Latin-1 supplement: 2 bytes
    ['میرا', 8], // Urdu letters: 2 bytes each
    ['热点', 6], // CJK: 3 bytes each
    ['😀', 4], // outside the BMP: 4 bytes (2 UTF-16 code units)
    ['\u00a0', 2],
  ])('%j is %i bytes', (text, bytes) => {
    expect(utf8Length(text)).toBe(bytes);
  });
});

describe('checkHotspotName', () => {
  it.each(['Ali Hotspot', 'Laptop-5G_2', '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~', 'a'])('accepts %j', (name) => {
    expect(checkHotspotName(name)).toEqual([]);
  });

  it.each(['', ' ', '   \t\n', '\u00a0\u3000'])('flags %j as empty', (name) => {
    expect(checkHotspotName(name)).toEqual(['empty']);
  });

  it('trims surrounding whitespace before checking', () => {
    expect(checkHotspotName('  Ali Hotspot  ')).toEqual([]);
    expect(checkHotspotName(`  ${'a'.repeat(32)}  `)).toEqual([]);
    expect(checkHotspotName('\u00a0Ali\u00a0')).toEqual([]);
  });

  it('keeps a space inside the name (it is printable ASCII)', () => {
    expect(checkHotspotName('My phone')).toEqual([]);
  });

  it.each([
    ['a Chinese name', '我的热点'],
    ['an Urdu name', 'میرا ہاٹ اسپاٹ'],
    ['an emoji', 'Ali 😀'],
    ['an accented letter', 'Café'],
    ['a no-break space inside', 'Ali\u00a0Hotspot'],
    ['a tab inside', 'Ali\tHotspot'],
    ['DEL (U+007F)', 'Ali\u007f'],
    ['a control character', 'Ali\u0001'],
    ['Urdu digits', 'Ali ۱۲۳'],
  ])('flags %s as non-ASCII', (_what, name) => {
    expect(checkHotspotName(name)).toEqual(['nonAscii']);
  });

  it('allows exactly 32 bytes and flags 33', () => {
    expect(MAX_SSID_BYTES).toBe(32);
    expect(checkHotspotName('a'.repeat(32))).toEqual([]);
    expect(checkHotspotName('a'.repeat(33))).toEqual(['tooLong']);
  });

  it('counts bytes, not characters', () => {
    // 10 CJK characters (30 bytes) + 2 ASCII = 32 bytes; 11 CJK characters = 33 bytes.
    expect(checkHotspotName(`${'热'.repeat(10)}ab`)).toEqual(['nonAscii']);
    expect(checkHotspotName('热'.repeat(11))).toEqual(['nonAscii', 'tooLong']);
    // 16 Urdu letters = 32 bytes; 17 = 34 bytes.
    expect(checkHotspotName('ب'.repeat(16))).toEqual(['nonAscii']);
    expect(checkHotspotName('ب'.repeat(17))).toEqual(['nonAscii', 'tooLong']);
    // 8 emoji = 32 bytes (16 UTF-16 code units); 8 emoji + 'a' = 33 bytes.
    expect(checkHotspotName('😀'.repeat(8))).toEqual(['nonAscii']);
    expect(checkHotspotName(`${'😀'.repeat(8)}a`)).toEqual(['nonAscii', 'tooLong']);
  });

  it('reports a long Chinese or Urdu name with both issues', () => {
    expect(checkHotspotName('我的华为手机个人热点网络共享十二')).toEqual(['nonAscii', 'tooLong']);
    expect(checkHotspotName('علی کا موبائل ہاٹ اسپاٹ نیٹ ورک')).toEqual(['nonAscii', 'tooLong']);
  });
});
