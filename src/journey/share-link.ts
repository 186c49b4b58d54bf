import type { Answers } from './flow';
import { ANSWER_SEPARATOR, FORMAT, VALUE_SEPARATOR } from './links';
import { QUESTION_IDS } from './steps';
import { ANSWERS_PARAM, LANGUAGE_PARAM } from './url-params';

// Writing links (for sharing the checklist) apart from reading them, which start-up needs.

export function encodeAnswers(answers: Answers): string {
  const pairs = (['wayIn', ...QUESTION_IDS] as const).flatMap((question) => {
    const value = answers[question];
    return value === undefined ? [] : [`${question}${VALUE_SEPARATOR}${value}`];
  });
  return [FORMAT, ...pairs].join(ANSWER_SEPARATOR);
}

/** A query string that reopens these answers (and optionally a language) on any device. */
export function linkSearch(answers: Answers, language?: string): string {
  const params = new URLSearchParams({ [ANSWERS_PARAM]: encodeAnswers(answers) });
  if (language) params.set(LANGUAGE_PARAM, language);
  return `?${params.toString()}`;
}
