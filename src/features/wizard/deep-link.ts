import { ANSWERS_PARAM, LANGUAGE_PARAM } from './url-params';
import { QUESTION_IDS, QUESTION_OPTIONS, type Answers } from './flow/questions';

/**
 * Answers in a link, compactly: a format version, a dot, then one character per question in
 * QUESTION_IDS order: the option's index in base 36, or '-' when unanswered (trailing '-' dropped).
 * Example: `1.240-010013` is Android, Infinix/Tecno, eSIM yes, (no EID check), PTA registered, Zong...
 */
const FORMAT = '1';
const UNANSWERED = '-';

export function encodeAnswers(answers: Answers): string {
  const code = QUESTION_IDS.map((question) => {
    const index = (QUESTION_OPTIONS[question] as readonly unknown[]).indexOf(answers[question]);
    return index < 0 ? UNANSWERED : index.toString(36);
  })
    .join('')
    .replace(/-+$/, '');
  return `${FORMAT}.${code}`;
}

export type DecodedLink =
  | { readonly kind: 'none' }
  /** `complete` is false when part of the link was unknown, cut off or invalid and was dropped. */
  | { readonly kind: 'answers'; readonly answers: Answers; readonly complete: boolean };

/** Reads answers from a link's query string. Anything it cannot use is dropped, never thrown. */
export function decodeAnswers(search: string): DecodedLink {
  const value = new URLSearchParams(search).get(ANSWERS_PARAM);
  if (value === null) return { kind: 'none' };
  const [format, code = '', ...rest] = value.split('.');
  if (format !== FORMAT || rest.length > 0) return { kind: 'answers', answers: {}, complete: false };
  const answers: Record<string, string> = {};
  let complete = code.length <= QUESTION_IDS.length;
  QUESTION_IDS.forEach((question, position) => {
    const char = code[position];
    if (char === undefined || char === UNANSWERED) return;
    const options = QUESTION_OPTIONS[question] as readonly string[];
    const index = /^[0-9a-z]$/.test(char) ? parseInt(char, 36) : -1;
    if (index >= 0 && index < options.length) answers[question] = options[index];
    else complete = false;
  });
  return { kind: 'answers', answers: answers as Answers, complete };
}

/** A query string that reopens these answers (and optionally a language) on any device. */
export function linkSearch(answers: Answers, language?: string): string {
  const params = new URLSearchParams({ [ANSWERS_PARAM]: encodeAnswers(answers) });
  if (language) params.set(LANGUAGE_PARAM, language);
  return `?${params.toString()}`;
}
