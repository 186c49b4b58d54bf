import { describe, expect, it } from 'vitest';
import { dials, diallingOf } from '../../src/lib/dialling';

/** User agents as these browsers send them. */
const AGENTS = {
  androidChrome: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  androidSamsung:
    'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36',
  androidFirefox: 'Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0',
  iPhoneSafari:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  iPhoneChrome:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.153 Mobile/15E148 Safari/604.1',
  iPad: 'Mozilla/5.0 (iPad; CPU OS 12_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1 Mobile/15E148 Safari/604.1',
  androidTablet: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  windowsChrome: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  // iPadOS sends this too, unless asked for the mobile site.
  macSafari: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  linuxFirefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  node: 'Node.js/22',
} as const;

describe('diallingOf', () => {
  it.each([
    ['androidChrome', 'codes'],
    ['androidSamsung', 'codes'],
    ['androidFirefox', 'codes'],
    ['iPhoneSafari', 'numbers'],
    ['iPhoneChrome', 'numbers'],
    ['iPad', 'none'],
    ['androidTablet', 'none'],
    ['windowsChrome', 'none'],
    ['macSafari', 'none'],
    ['linuxFirefox', 'none'],
    ['node', 'none'],
  ] as const)('%s dials %s', (agent, dialling) => {
    expect(diallingOf({ userAgent: AGENTS[agent] })).toBe(dialling);
  });

  it('dials nothing without a navigator (rendering at build time)', () => {
    expect(diallingOf(undefined)).toBe('none');
    expect(diallingOf({})).toBe('none');
  });

  it('takes a Chromium browser’s own word for being on a phone', () => {
    expect(diallingOf({ userAgent: AGENTS.androidChrome, userAgentData: { mobile: true } })).toBe('codes');
    expect(diallingOf({ userAgent: AGENTS.androidTablet, userAgentData: { mobile: true } })).toBe('codes');
    expect(diallingOf({ userAgent: AGENTS.windowsChrome, userAgentData: { mobile: false } })).toBe('none');
  });
});

describe('dials', () => {
  it('dials codes and numbers on Android, numbers alone on an iPhone, nothing elsewhere', () => {
    expect(['*2222#', '111'].map((value) => dials('codes', value))).toEqual([true, true]);
    expect(['*2222#', '*#06#', '111', '03003008000'].map((value) => dials('numbers', value))).toEqual([false, false, true, true]);
    expect(['*2222#', '111'].map((value) => dials('none', value))).toEqual([false, false]);
  });
});
