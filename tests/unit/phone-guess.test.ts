import { describe, expect, it } from 'vitest';
import { guessPhone } from '../../src/lib/phone-guess';
import { resolveHelp } from '../../src/outcome/question-help';
import { QUESTIONS } from '../../src/journey/flow';

const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const ANDROID_PHONE = 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
const ANDROID_TABLET = 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const IPAD = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15';
const WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

describe('the first question hints at the phone the browser is on, and chooses nothing', () => {
  it('tells an iPhone and an Android phone from what the browser says, and nothing else', () => {
    expect(guessPhone(IPHONE)).toBe('iphone');
    expect(guessPhone(ANDROID_PHONE)).toBe('android');
    for (const other of [ANDROID_TABLET, IPAD, WINDOWS, '']) expect(guessPhone(other)).toBeNull();
  });

  it('shows the hint as help on the device question only when there is a guess', () => {
    expect(resolveHelp(QUESTIONS.device.help, {}, 'iphone').texts).toEqual(['questions.device.looksLike.iphone']);
    expect(resolveHelp(QUESTIONS.device.help, {}, 'android').texts).toEqual(['questions.device.looksLike.android']);
    expect(resolveHelp(QUESTIONS.device.help, {}, null)).toEqual({ texts: [], facts: [] });
  });
});
