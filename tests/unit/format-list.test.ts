import { describe, expect, it } from 'vitest';
import { formatList } from '../../src/lib/format-list';

describe('formatList', () => {
  it.each([
    ['en', ['video', 'music', 'websites'], 'video, music, and websites'],
    ['zh-CN', ['视频', '音乐', '网页'], '视频、音乐和网页'],
    ['ur', ['ویڈیو', 'موسیقی', 'ویب سائٹس'], 'ویڈیو، موسیقی اور ویب سائٹس'],
    ['ur', ['ویڈیو', 'موسیقی'], 'ویڈیو اور موسیقی'],
    ['ur', ['ویڈیو'], 'ویڈیو'],
  ])('joins a list as %s writes it', (locale, items, expected) => {
    expect(formatList(items, locale)).toBe(expected);
  });
});
