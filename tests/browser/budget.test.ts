import { describe, expect, it } from 'vitest';
import { firstLoad } from '../../scripts/first-load.mjs';

/** Performance budgets on the production build: a larger bundle or font fails the build. */
const BUDGET = { firstLoadJsGzipKiB: 120, urduFontKiB: 170 };

describe('performance budget', () => {
  it.each(['en', 'zh', 'ur'])(`first-load JavaScript for %s is at most ${BUDGET.firstLoadJsGzipKiB} KiB gzip`, (language) => {
    const load = firstLoad('dist', language);
    expect(load.jsFiles.some((file) => file.includes(`/${language}-`))).toBe(true);
    expect(load.jsGzipKiB).toBeLessThanOrEqual(BUDGET.firstLoadJsGzipKiB);
  });

  it(`the Urdu font is at most ${BUDGET.urduFontKiB} KiB`, () => {
    expect(firstLoad().urduFontKiB).toBeLessThanOrEqual(BUDGET.urduFontKiB);
  });
});
