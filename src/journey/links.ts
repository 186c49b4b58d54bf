import type { Answers } from './flow';
import { isKnownEntry } from './options';
import { isTickableStep } from './tickable-step';
import { ANSWERS_PARAM } from './url-params';

/**
 * Answers in a link, by their stable IDs: `2.device-android.androidBrand-transsion.esimSupport-yes`.
 * The format, then the way in (`wayIn-fix`, when it is not the first), then each answered question
 * and its option, in flow order; on the way to a fix, then the fixes tried (`tried-fixA_fixB`) and the
 * one that worked (`fixed-fixB`), by step ID. IDs are letters only, so `.`, `-` and `_` never need
 * escaping. New questions, options and fixes never change what an old link means.
 * Format 1 (options by position) is still read: see links-format-1.ts.
 */
export const FORMAT = '2';
export const ANSWER_SEPARATOR = '.';
export const VALUE_SEPARATOR = '-';

export type DecodedLink =
  | { readonly kind: 'none' }
  /** `complete` is false when part of the link was unknown, cut off or invalid and was dropped. */
  | {
      readonly kind: 'answers';
      readonly answers: Answers;
      readonly complete: boolean;
      /** The ladder's place: fixes tried and the one that worked, when the link carries them. */
      readonly done: readonly string[];
      readonly fixedBy: string | null;
    };

/** Between the fixes tried: `tried-fixA_fixB`. */
export const FIX_SEPARATOR = '_';

function readFormat2(pairs: readonly string[]): { answers: Record<string, string>; complete: boolean } {
  const answers = new Map<string, string>();
  let complete = true;
  for (const pair of pairs) {
    const [question, value, ...rest] = pair.split(VALUE_SEPARATOR);
    if (rest.length === 0 && value !== undefined && !answers.has(question)) answers.set(question, value);
    else complete = false;
  }
  return { answers: Object.fromEntries(answers), complete };
}

/**
 * Reads answers from a link's query string. Anything it cannot use is dropped, never thrown. A format-1
 * link first fetches its frozen table, which no other visit needs.
 */
export async function decodeAnswers(search: string): Promise<DecodedLink> {
  const value = new URLSearchParams(search).get(ANSWERS_PARAM);
  if (value === null) return { kind: 'none' };
  const [format, ...parts] = value.split(ANSWER_SEPARATOR);
  let read: { answers: Record<string, string>; complete: boolean };
  if (format === FORMAT) read = readFormat2(parts.filter((part) => part !== ''));
  else if (format === '1' && parts.length <= 1) read = (await import('./links-format-1')).readFormat1(parts[0] ?? '');
  else read = { answers: {}, complete: false };
  const { tried = '', fixed = '', ...given } = read.answers;
  // A question or option that no longer exists is dropped like any other unreadable part.
  const current = Object.entries(given).filter(([question, option]) => isKnownEntry(question, option));
  const complete = read.complete && current.length === Object.keys(given).length;
  const done = tried.split(FIX_SEPARATOR).filter(isTickableStep);
  return { kind: 'answers', answers: Object.fromEntries(current) as Answers, complete, done, fixedBy: isTickableStep(fixed) ? fixed : null };
}
