import type { IsoDate } from './fact-types';

/**
 * The day a fact taken from the project's fact sheet was checked against it. The sheet records no day
 * on which it read each source: it says only that its sources "were stored copies of public pages read
 * in 2026", and the dates beside its addresses are the sources' own (when a page was published), not
 * when it was read. So a fact the sheet gives no date for carries the day the sheet as a whole was
 * compiled into the app's data and each fact checked against it (ADR 0004, ADR 0014).
 */
export const SHEET_CHECKED: IsoDate = '2026-11-25';

/**
 * The day the project read the sources it cites beyond the sheet (the Chinese menu labels, Huawei's
 * menu path): those facts carry this day, not the sheet's.
 */
export const PROJECT_READ: IsoDate = '2026-12-02';

/**
 * The day the facts of the sheet's section 9 (the device that connects), added after the rest, were
 * compiled into the app's data and checked against it.
 */
export const LAST_MILE_CHECKED: IsoDate = '2026-12-03';

/** The most recent of these days (yyyy-mm-dd sorts as text), or undefined for none. */
export function latestDate(days: readonly IsoDate[]): IsoDate | undefined {
  return days.reduce<IsoDate | undefined>((latest, day) => (latest === undefined || day > latest ? day : latest), undefined);
}
