import { describe, expect, it } from 'vitest';
import { megabitsPerSecond, mbPerHourAt, roundForReading, videoMbPerHourAt } from '../../src/check/speed';
import { liveCheckAddress } from '../../src/features/tools/live-check-address';

describe('the live check’s figures', () => {
  it('turns a timed download into megabits a second', () => {
    // 200,000 bytes in one second is 1.6 Mbps; in 0.1 s, 16 Mbps.
    expect(megabitsPerSecond(200_000, 1000)).toBeCloseTo(1.6);
    expect(megabitsPerSecond(200_000, 100)).toBeCloseTo(16);
    // A download timed at 0 ms is not infinitely fast.
    expect(Number.isFinite(megabitsPerSecond(200_000, 0))).toBe(true);
  });

  it('says how much an hour at that speed can move, and caps video at the budget’s highest figure', () => {
    expect(mbPerHourAt(1)).toBe(450);
    expect(videoMbPerHourAt(1, 3000)).toBe(450);
    expect(videoMbPerHourAt(100, 3000)).toBe(3000);
  });

  it('rounds as people read figures', () => {
    expect(roundForReading(3.14159, 'mbps')).toBe(3.1);
    expect(roundForReading(42.6, 'mbps')).toBe(43);
    expect(roundForReading(1234, 'mb')).toBe(1230);
    expect(roundForReading(87.4, 'mb')).toBe(87);
  });
});

describe('the live check’s address', () => {
  it('is on this app’s host, in the language being read', () => {
    expect(liveCheckAddress('https://example.pk', 'ur')).toBe('https://example.pk/check/?lang=ur');
  });
});
