import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseUrl, setUpBrowser, waitForApp } from './browser';

const open = setUpBrowser();

/** Values crafted to run script or inject markup if the app ever rendered them as HTML. */
const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  'javascript:window.__pwned=1',
  '1.<b id=injected>x</b>',
  '1.2%3Cscript%3E',
  '2.device-<b id=injected>x</b>',
  '2.__proto__-iphone.constructor-x.device-iphone',
];

const value = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('device', 'checklist', 'start', '1.240-010013', '1.2', '2.device-android.androidBrand-vivo', '2.pta', '9.99', 'x'.repeat(20_000)),
);
const url = fc
  .record({ step: fc.option(value), a: fc.option(value), lang: fc.option(fc.oneof(value, fc.constantFrom('ur', 'zh', 'en'))) })
  .map((params) => {
    const search = new URLSearchParams();
    for (const [key, v] of Object.entries(params)) if (v !== null) search.set(key, v);
    return `?${search.toString()}`;
  });

describe('hostile and damaged addresses in Chromium', () => {
  it('open a usable page for 150 generated addresses: no script runs, no markup is injected', async () => {
    const { page } = await open();
    const searches = [...PAYLOADS.map((p) => `?step=${encodeURIComponent(p)}&a=${encodeURIComponent(p)}`), ...fc.sample(url, { numRuns: 144, seed: 2026 })];
    for (const search of searches) {
      await page.goto(`${baseUrl()}${search}`);
      await waitForApp(page);
      const state = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: number }).__pwned,
        injected: document.getElementById('injected') !== null,
        headings: document.querySelectorAll('h1').length,
      }));
      expect(state, search.slice(0, 200)).toEqual({ pwned: undefined, injected: false, headings: 1 });
    }
  }, 240_000);
});
