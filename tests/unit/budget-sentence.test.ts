import { describe, expect, it } from 'vitest';
import { budgetSentence } from '../../src/features/tools/budget-sentence';
import { estimateDuration } from '../../src/features/tools/data-budget';

const say = (mb: number, activities: string[]) => budgetSentence(mb, estimateDuration(mb, activities));

describe('the data budget in words', () => {
  it('says there is no data, not that an update would use it, when nothing is left', () => {
    expect(say(0, ['browsing'])).toEqual({ key: 'noDataLeft' });
    expect(say(0, ['videoHd'])).toEqual({ key: 'noDataLeft' });
    expect(say(0, ['osUpdate', 'browsing'])).toEqual({ key: 'noDataLeft' });
  });

  it('says the update alone may use it all only when an update was chosen', () => {
    expect(say(50, ['osUpdate', 'browsing'])).toEqual({ key: 'resultNone' });
  });

  it('gives minutes where hours would read as 0', () => {
    // 1 MB of HD video: 107 to 3000 MB an hour.
    expect(say(1, ['videoHd'])).toEqual({ key: 'resultUnderMinute' });
    // 100 MB: 2 to 56 minutes.
    expect(say(100, ['videoHd'])).toEqual({ key: 'resultMinutes', min: 2, max: 56 });
    // 120 MB: 2 minutes to 1.1 hours.
    const some = say(120, ['videoHd']);
    expect(some).toMatchObject({ key: 'resultMinutesToHours', min: 2 });
    expect(some && 'max' in some ? some.max : 0).toBeCloseTo(1.12, 2);
  });

  it('gives hours otherwise, and nothing when no chosen activity uses data by the hour', () => {
    expect(say(1536, ['browsing'])).toEqual({ key: 'result', min: 25.6, max: 307.2 });
    expect(say(5000, ['osUpdate'])).toBeNull();
  });
});
