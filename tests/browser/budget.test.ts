import { describe, expect, it } from 'vitest';
import { firstLoad } from '../../scripts/first-load.mjs';

/**
 * Performance budgets on the production build: a larger bundle or font fails the build. The start
 * page's whole download (HTML, CSS, JavaScript, gzip) stays within 120 kB, that is 117 KiB.
 */
const BUDGET = { startPageGzipKiB: 117, urduFontKiB: 170 };

describe('performance budget', () => {
  it.each(['en', 'zh', 'ur'])(`the start page in %s loads at most ${BUDGET.startPageGzipKiB} KiB gzip`, (language) => {
    const load = firstLoad('dist', language);
    expect(load.jsFiles.some((file) => file.includes(`locale-${language}-core`))).toBe(true);
    expect(load.jsGzipKiB + load.cssGzipKiB + load.htmlGzipKiB).toBeLessThanOrEqual(BUDGET.startPageGzipKiB);
  });

  it('leaves the checklist, its strings and the tools out of the start page download', () => {
    const { jsFiles } = firstLoad('dist', 'en');
    expect(jsFiles.filter((file) => /ChecklistPage|ResultTools|QuestionHelp|FactList|-result-/.test(file))).toEqual([]);
  });

  it(`the Urdu font is at most ${BUDGET.urduFontKiB} KiB`, () => {
    expect(firstLoad().urduFontKiB).toBeLessThanOrEqual(BUDGET.urduFontKiB);
  });
});
