import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FACTS } from '../../src/content/catalog';
import { DATA_RATES } from '../../src/content/data-rates';
import { LAST_MILE_CHECKED, latestDate, PROJECT_READ, SHEET_CHECKED } from '../../src/content/fact-dates';
import type { IsoDate } from '../../src/content/fact-types';
import { shownFact } from '../../src/content/fact-value';

/** Every check date the app can show, named by what carries it. */
const checkDates: [string, string][] = [
  ...[...FACTS].flatMap(([id, fact]): [string, string][] => [[id, fact.verified], ...(fact.zh ? [[`${id} (Chinese)`, fact.zh.verified] as [string, string]] : [])]),
  ...DATA_RATES.map((rate): [string, string] => [`rate ${rate.id}`, rate.verified]),
];

/** Today in UTC, as yyyy-mm-dd. */
const today = new Date().toISOString().slice(0, 10);

/** The project's fact sheet, when this checkout has it next to it. */
function factSheet(): string | undefined {
  try {
    return readFileSync(new URL('../../../shared/domain/facts.md', import.meta.url), 'utf8');
  } catch {
    return undefined;
  }
}

describe('per-fact check dates', () => {
  it.each(checkDates)('%s was checked on a real day, not after today', (_what, day) => {
    expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // A day that does not exist (2026-02-30) comes back as another one.
    expect(new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10)).toBe(day);
    expect(day <= today, `${day} is after ${today}`).toBe(true);
  });

  it('dates each fact by its own source: the sheet’s day, its section 9’s, or the day the project read a source the sheet does not cite', () => {
    const days = new Set(checkDates.map(([, day]) => day));
    expect([...days].sort()).toEqual([SHEET_CHECKED, PROJECT_READ, LAST_MILE_CHECKED].sort());
  });

  it('gives, in Chinese, the later day of a menu’s two labels, and in English the English label’s', () => {
    const menu = FACTS.get('xiaomiHotspotPath')!;
    expect(shownFact(menu, 'zh').verified).toBe(latestDate([menu.verified, menu.zh!.verified]));
    expect(shownFact(menu, 'en').verified).toBe(menu.verified);
    expect(shownFact(menu, 'ur').verified).toBe(menu.verified);
  });

  it('finds the latest of several days, and none of none', () => {
    const days: IsoDate[] = ['2026-11-25', '2026-12-02', '2025-10-01'];
    expect(latestDate(days)).toBe('2026-12-02');
    expect(latestDate([])).toBeUndefined();
  });

  it('cites only addresses the fact sheet gives, beside those the project read itself on its own day', () => {
    const sheet = factSheet();
    if (sheet === undefined) return; // the sheet lives outside the repository
    const addresses = (text: string) => text.match(/https?:\/\/[^\s;]+[^\s;).,]/g) ?? [];
    for (const [id, fact] of FACTS) {
      for (const address of addresses(fact.source)) if (!sheet.includes(address)) expect(fact.verified, `${id}: ${address}`).toBe(PROJECT_READ);
      for (const address of addresses(fact.zh?.source ?? '')) if (!sheet.includes(address)) expect(fact.zh?.verified, `${id}: ${address}`).toBe(PROJECT_READ);
    }
  });
});
