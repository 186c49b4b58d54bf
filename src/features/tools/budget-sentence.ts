import type { DurationEstimate } from './data-budget';

/** The data budget's answer in words: a locale key under `tools.budget` and its numbers. */
export type BudgetSentence =
  | { readonly key: 'noDataLeft' | 'resultNone' | 'resultUnderMinute' }
  | { readonly key: 'result' | 'resultMinutes' | 'resultMinutesToHours'; readonly min: number; readonly max: number };

const MINUTES_PER_HOUR = 60;
/** Under this, hours would show as "1 hour" at one decimal: say minutes instead. */
const SHOWN_AS_ONE_HOUR = 1.05;
/** Hours below this show as 0 at one decimal: say them in minutes instead. */
const SHOWN_AS_ZERO_HOURS = 0.05;

const wholeMinutes = (hours: number) => Math.max(1, Math.round(hours * MINUTES_PER_HOUR));

/**
 * What to tell the person about `mb` of data and its estimate: no data at all, all of it taken by an
 * update, or how long it lasts, in minutes where hours would read as 0. Null when nothing chosen uses
 * data by the hour (an update alone), so there is no duration to give.
 */
export function budgetSentence(mb: number, estimate: DurationEstimate): BudgetSentence | null {
  if (mb === 0) return { key: 'noDataLeft' };
  if (estimate.maxHours === 0) return { key: 'resultNone' };
  if (!Number.isFinite(estimate.maxHours)) return null;
  if (estimate.maxHours * MINUTES_PER_HOUR < 1) return { key: 'resultUnderMinute' };
  if (estimate.maxHours < SHOWN_AS_ONE_HOUR) return { key: 'resultMinutes', min: wholeMinutes(estimate.minHours), max: wholeMinutes(estimate.maxHours) };
  if (estimate.minHours < SHOWN_AS_ZERO_HOURS) return { key: 'resultMinutesToHours', min: wholeMinutes(estimate.minHours), max: estimate.maxHours };
  return { key: 'result', min: estimate.minHours, max: estimate.maxHours };
}
