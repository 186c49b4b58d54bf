import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_RATES, findDataRate, type ActivityId } from '../../src/content/data-rates';

const ids: ActivityId[] = ['browsing', 'email', 'socialMedia', 'music', 'videoCallZoom', 'whatsappVideoCall', 'whatsappVoiceCall', 'videoSd', 'videoHd', 'osUpdate'];

/** The project's fact sheet, when this checkout has it next to it. */
function factSheet(): string | undefined {
  try {
    return readFileSync(new URL('../../../shared/domain/facts.md', import.meta.url), 'utf8');
  } catch {
    return undefined;
  }
}

describe('DATA_RATES', () => {
  it('has each activity exactly once', () => {
    expect(DATA_RATES.map((rate) => rate.id).sort()).toEqual([...ids].sort());
  });

  it.each(DATA_RATES.map((rate) => [rate.id, rate] as const))('%s has a sane range, sources, a check date and a confidence', (_id, rate) => {
    expect(rate.source.length).toBeGreaterThan(0);
    for (const source of rate.source) expect(source).toMatch(/^https:\/\/\S+$/);
    expect(new Set(rate.source).size).toBe(rate.source.length);
    expect(rate.verified).toBe('2026-11-25');
    expect(['confirmed', 'unconfirmed']).toContain(rate.confidence);
    const [min, max] = rate.kind === 'perHour' ? [rate.minMbPerHour, rate.maxMbPerHour] : [rate.oneOffMb.min, rate.oneOffMb.max];
    expect(Number.isFinite(min) && Number.isFinite(max)).toBe(true);
    expect(min).toBeGreaterThan(0);
    expect(max).toBeGreaterThanOrEqual(min);
  });

  it('models the OS update as a one-off of 100–5000 MB ("1–4 GB and more", one source 5 GB+) and everything else per hour', () => {
    for (const rate of DATA_RATES) expect(rate.kind, rate.id).toBe(rate.id === 'osUpdate' ? 'oneOff' : 'perHour');
    expect(findDataRate('osUpdate')).toMatchObject({ kind: 'oneOff', oneOffMb: { min: 100, max: 5000 } });
  });

  it.each([
    ['videoCallZoom', 540, 1620, 'confirmed'],
    ['whatsappVideoCall', 300, 420, 'unconfirmed'],
    ['whatsappVoiceCall', 0.3 * 60, 1.3 * 60, 'unconfirmed'],
    ['browsing', 5, 60, 'unconfirmed'],
    ['music', 70, 150, 'unconfirmed'],
    ['videoSd', 93, 1000, 'unconfirmed'],
    ['videoHd', 107, 3000, 'unconfirmed'],
  ] as const)('%s uses %d–%d MB/h (%s)', (id, min, max, confidence) => {
    expect(findDataRate(id)).toMatchObject({ kind: 'perHour', minMbPerHour: min, maxMbPerHour: max, confidence });
  });

  it('marks every activity the fact sheet does not label CONFIRMED as unconfirmed', () => {
    for (const id of ['browsing', 'email', 'socialMedia', 'music', 'whatsappVideoCall', 'whatsappVoiceCall', 'videoSd', 'videoHd'] as const) {
      expect(findDataRate(id)?.confidence, id).toBe('unconfirmed');
    }
  });

  it('returns undefined for an unknown id', () => {
    expect(findDataRate('gaming')).toBeUndefined();
  });

  it('cites only addresses that appear in the fact sheet §7', () => {
    const sheet = factSheet();
    if (sheet === undefined) return; // the sheet lives outside the repository
    const section = sheet.slice(sheet.indexOf('## 7.'), sheet.indexOf('## 8.'));
    for (const rate of DATA_RATES) for (const source of rate.source) expect(section, `${rate.id}: ${source}`).toContain(source);
  });
});
