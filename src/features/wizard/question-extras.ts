import type { Answers, QuestionId } from './flow/questions';

export type IdentifierKind = 'imei' | 'eid';

interface QuestionExtras {
  /** How to check the answer (paragraphs and codes), from question-help.ts: fetched after the start page. */
  readonly help?: true;
  /** A checker for a number the question asks the person to look up. */
  readonly checker?: IdentifierKind;
}

/** What a question page offers besides its hint and options. */
export const QUESTION_EXTRAS: Partial<Record<QuestionId, QuestionExtras>> = {
  esimCheck: { help: true, checker: 'eid' },
  pta: { help: true, checker: 'imei' },
  dataBalance: { help: true },
};

/** Locale key of a warning shown above the options, for answers so far that call for one. */
export function questionWarning(question: QuestionId, answers: Answers): string | undefined {
  // iPhones sold in mainland China have no eSIM: say so before the person answers.
  return question === 'esimSupport' && answers.device === 'iphone' ? 'questions.esimSupport.chinaWarning' : undefined;
}
