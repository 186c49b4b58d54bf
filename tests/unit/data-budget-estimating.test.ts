import { describe, expect, it } from 'vitest';
import { estimateDuration, parseDataAmount, unconfirmedActivities } from '../../src/features/tools/data-budget';

describe('estimateDuration', () => {
  it('divides the data by the summed maximum and minimum rates', () => {
    // Zoom 1:1 540–1620 MB/h.
    expect(estimateDuration(1620, ['videoCallZoom'])).toEqual({ minHours: 1, maxHours: 3, oneOffMb: { min: 0, max: 0 } });
    // Browsing 5–60 + music 70–150 = 75–210 MB/h.
    const estimate = estimateDuration(2100, ['browsing', 'music']);
    expect(estimate.minHours).toBeCloseTo(10);
    expect(estimate.maxHours).toBeCloseTo(28);
  });

  it('gives a range that gets wider, never inverted', () => {
    for (const ids of [['browsing'], ['videoSd'], ['videoHd', 'whatsappVoiceCall'], ['email', 'socialMedia', 'music']]) {
      const { minHours, maxHours } = estimateDuration(5000, ids);
      expect(minHours).toBeGreaterThan(0);
      expect(maxHours).toBeGreaterThanOrEqual(minHours);
    }
  });

  it('takes one-off downloads off first (the most for the shortest time, the least for the longest)', () => {
    // 6000 MB, OS update 100–5000 MB, Zoom 540–1620 MB/h.
    const estimate = estimateDuration(6000, ['osUpdate', 'videoCallZoom']);
    expect(estimate.oneOffMb).toEqual({ min: 100, max: 5000 });
    expect(estimate.minHours).toBeCloseTo((6000 - 5000) / 1620);
    expect(estimate.maxHours).toBeCloseTo((6000 - 100) / 540);
  });

  it('clamps at 0 when a one-off download may use up all the data', () => {
    expect(estimateDuration(1000, ['osUpdate', 'browsing'])).toEqual({ minHours: 0, maxHours: (1000 - 100) / 5, oneOffMb: { min: 100, max: 5000 } });
    expect(estimateDuration(50, ['osUpdate', 'browsing'])).toEqual({ minHours: 0, maxHours: 0, oneOffMb: { min: 100, max: 5000 } });
  });

  it('returns 0 hours for no data', () => {
    expect(estimateDuration(0, ['browsing'])).toEqual({ minHours: 0, maxHours: 0, oneOffMb: { min: 0, max: 0 } });
    expect(estimateDuration(0, [])).toEqual({ minHours: 0, maxHours: 0, oneOffMb: { min: 0, max: 0 } });
  });

  it('returns Infinity when data is left and nothing is used by the hour', () => {
    expect(estimateDuration(1000, [])).toEqual({ minHours: Infinity, maxHours: Infinity, oneOffMb: { min: 0, max: 0 } });
    expect(estimateDuration(6000, ['osUpdate'])).toEqual({ minHours: Infinity, maxHours: Infinity, oneOffMb: { min: 100, max: 5000 } });
    expect(estimateDuration(2000, ['osUpdate'])).toEqual({ minHours: 0, maxHours: Infinity, oneOffMb: { min: 100, max: 5000 } });
  });

  it('counts a repeated activity once', () => {
    expect(estimateDuration(1620, ['videoCallZoom', 'videoCallZoom'])).toEqual(estimateDuration(1620, ['videoCallZoom']));
    expect(estimateDuration(5000, ['osUpdate', 'osUpdate']).oneOffMb).toEqual({ min: 100, max: 5000 });
  });

  it('does not depend on the order of activities', () => {
    expect(estimateDuration(3000, ['music', 'videoHd', 'osUpdate'])).toEqual(estimateDuration(3000, ['osUpdate', 'videoHd', 'music']));
  });

  it('throws RangeError for an unknown activity or an impossible amount', () => {
    expect(() => estimateDuration(100, ['gaming'])).toThrow(RangeError);
    expect(() => estimateDuration(-1, ['browsing'])).toThrow(RangeError);
    expect(() => estimateDuration(Number.NaN, ['browsing'])).toThrow(RangeError);
    expect(() => estimateDuration(Number.POSITIVE_INFINITY, ['browsing'])).toThrow(RangeError);
  });

  it('works with an amount straight from parseDataAmount', () => {
    const parsed = parseDataAmount('۲', 'GB');
    if (!parsed.ok) throw new Error('expected a number');
    const { minHours, maxHours } = estimateDuration(parsed.mb, ['whatsappVideoCall']);
    expect(minHours).toBeCloseTo(2000 / 420);
    expect(maxHours).toBeCloseTo(2000 / 300);
  });
});

describe('unconfirmedActivities', () => {
  it('names the chosen activities whose rates are not confirmed, in the calculator’s order, each once', () => {
    expect(unconfirmedActivities(['music', 'videoCallZoom', 'browsing', 'browsing'])).toEqual(['browsing', 'music']);
    expect(unconfirmedActivities(['videoCallZoom', 'osUpdate'])).toEqual([]);
    expect(unconfirmedActivities([])).toEqual([]);
  });
});
