import { DATA_RATES, findDataRate, type ActivityId, type DataRate } from '../../content/data-rates';
import { typedNumber } from '../../lib/digits';

/**
 * The data-budget calculator: reads the amount of data the user has left and estimates how long
 * it lasts for the activities they picked.
 */

export type DataUnit = 'MB' | 'GB';
export type DataAmountError = 'empty' | 'notANumber' | 'negative' | 'tooLarge';
export type DataAmountResult = { ok: true; mb: number } | { ok: false; error: DataAmountError };

/** 1 GB = 1000 MB: the unit the data-use rates (and the fact sheet behind them) are given in. */
export const MB_PER_GB = 1000;

/** Larger amounts are typing mistakes (10 TB). */
export const MAX_DATA_MB = 10_000_000;


/** A leading minus: hyphen-minus, hyphen, dashes, minus sign, small and full-width hyphen-minus. */
const LEADING_MINUS = /^[-\u2010-\u2015\u2212\ufe63\uff0d]/;

/** "1,5" or "12,75": a single comma followed by one or two digits is a decimal comma. */
const DECIMAL_COMMA = /^(\d+),(\d{1,2})$/;

/**
 * Digits with an optional decimal point. Thousands commas, if any, must be well placed: Western
 * "1,500,000" or Pakistani lakh/crore grouping "15,00,000" (last group three digits).
 */
const DECIMAL_POINT = /^(\d*|\d{1,3}(?:,\d{2,3})*,\d{3})(?:\.(\d*))?$/;

function parseNumber(text: string): number | undefined {
  const comma = DECIMAL_COMMA.exec(text);
  if (comma) return Number(`${comma[1]}.${comma[2]}`);
  const point = DECIMAL_POINT.exec(text);
  if (!point) return undefined;
  const whole = point[1].replaceAll(',', '');
  const fraction = point[2] ?? '';
  if (whole === '' && fraction === '') return undefined; // "", "." or ","
  return Number(`${whole || '0'}.${fraction || '0'}`);
}

/**
 * Reads an amount of data typed in any of Western, Urdu (۰-۹), Arabic-Indic (٠-٩) or full-width
 * digits, with spaces, thousands separators (`,` `٬`) and a decimal point (`.` `٫`) or a decimal
 * comma ("1,5"; "1,500" is fifteen hundred), and converts it to MB.
 */
export function parseDataAmount(input: string, unit: DataUnit): DataAmountResult {
  let text = typedNumber(input);
  if (text === '') return { ok: false, error: 'empty' };
  const negative = LEADING_MINUS.test(text);
  if (negative) text = text.slice(1);
  const value = parseNumber(text);
  if (value === undefined || Number.isNaN(value)) return { ok: false, error: 'notANumber' };
  if (negative && value !== 0) return { ok: false, error: 'negative' };
  const mb = unit === 'GB' ? value * MB_PER_GB : value;
  if (mb > MAX_DATA_MB) return { ok: false, error: 'tooLarge' };
  return { ok: true, mb };
}

export interface DurationEstimate {
  /** Hours the data lasts if every activity uses the most data (and one-off items the most). */
  readonly minHours: number;
  /** Hours the data lasts if every activity uses the least data (and one-off items the least). */
  readonly maxHours: number;
  /** The data one-off items (updates) use, taken off before the hours are worked out. */
  readonly oneOffMb: { readonly min: number; readonly max: number };
}

function findRates(activityIds: readonly string[]): DataRate[] {
  return [...new Set(activityIds)].map((id) => {
    const rate = findDataRate(id);
    if (!rate) throw new RangeError(`Unknown activity: ${id}`);
    return rate;
  });
}

function hoursLeft(mb: number, mbPerHour: number): number {
  if (mb <= 0) return 0;
  return mbPerHour === 0 ? Number.POSITIVE_INFINITY : mb / mbPerHour;
}

/**
 * How long `mb` of data lasts doing all of `activityIds` at once (duplicates count once), after
 * the one-off items among them (an OS update) have been downloaded. Never negative; Infinity when
 * data is left over and no chosen activity uses data by the hour.
 * @throws RangeError for a negative or non-finite amount or an unknown activity id.
 */
export function estimateDuration(mb: number, activityIds: readonly string[]): DurationEstimate {
  if (!Number.isFinite(mb) || mb < 0) throw new RangeError(`Data amount must be a finite number of MB ≥ 0, got ${mb}.`);
  let minPerHour = 0;
  let maxPerHour = 0;
  const oneOffMb = { min: 0, max: 0 };
  for (const rate of findRates(activityIds)) {
    if (rate.kind === 'oneOff') {
      oneOffMb.min += rate.oneOffMb.min;
      oneOffMb.max += rate.oneOffMb.max;
    } else {
      minPerHour += rate.minMbPerHour;
      maxPerHour += rate.maxMbPerHour;
    }
  }
  return {
    minHours: hoursLeft(mb - oneOffMb.max, maxPerHour),
    maxHours: hoursLeft(mb - oneOffMb.min, minPerHour),
    oneOffMb,
  };
}

/** The chosen activities whose data-use figures are not confirmed, in the calculator's order. */
export function unconfirmedActivities(activityIds: readonly string[]): ActivityId[] {
  return DATA_RATES.filter((rate) => rate.confidence === 'unconfirmed' && activityIds.includes(rate.id)).map((rate) => rate.id);
}
