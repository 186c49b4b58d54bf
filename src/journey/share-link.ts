import type { Answers } from './flow';
import { ANSWER_SEPARATOR, FORMAT, FIX_SEPARATOR, VALUE_SEPARATOR } from './links';
import { QUESTION_IDS } from './steps';
import { ANSWERS_PARAM, LANGUAGE_PARAM } from './url-params';

// Writing links (for sharing the checklist) apart from reading them, which start-up needs.

/** Where the person is on the ladder of fixes: the fixes tried, in order, and the one that worked. */
export interface LadderProgress {
  readonly tried: readonly string[];
  readonly fixedBy: string | null;
}

export function encodeAnswers(answers: Answers, ladder?: LadderProgress): string {
  const pairs = (['wayIn', ...QUESTION_IDS] as const).flatMap((question) => {
    const value = answers[question];
    return value === undefined ? [] : [`${question}${VALUE_SEPARATOR}${value}`];
  });
  if (ladder && ladder.tried.length > 0) pairs.push(`tried${VALUE_SEPARATOR}${ladder.tried.join(FIX_SEPARATOR)}`);
  if (ladder?.fixedBy) pairs.push(`fixed${VALUE_SEPARATOR}${ladder.fixedBy}`);
  return [FORMAT, ...pairs].join(ANSWER_SEPARATOR);
}

/** A query string that reopens these answers (and the ladder's place, and a language) on any device. */
export function linkSearch(answers: Answers, language?: string, ladder?: LadderProgress): string {
  const params = new URLSearchParams({ [ANSWERS_PARAM]: encodeAnswers(answers, ladder) });
  if (language) params.set(LANGUAGE_PARAM, language);
  return `?${params.toString()}`;
}
