import { QUESTIONS, WAYS_IN, type Answers, type QuestionId } from './flow';

/** The questions in flow order. */
export const QUESTION_IDS = Object.keys(QUESTIONS) as QuestionId[];
export const FIRST_QUESTION: QuestionId = QUESTION_IDS[0];

/** The first question of the way in these answers took. */
export function firstQuestionOf(answers: Answers): QuestionId {
  return WAYS_IN[answers.wayIn ?? 'setUp'];
}

/** Questions a way in starts at: Back from one of them leads to the start page. */
export const WAY_IN_QUESTIONS: readonly StepId[] = Object.values(WAYS_IN);

/** Every screen of the journey: the start page, one per question, and the checklist. */
export type StepId = 'start' | QuestionId | 'checklist';
export const STEP_IDS: readonly StepId[] = ['start', ...QUESTION_IDS, 'checklist'];

/** Where an answer can lead: the next question, or the checklist. */
export type Destination = QuestionId | 'checklist';

export function isQuestionId(value: unknown): value is QuestionId {
  return typeof value === 'string' && Object.hasOwn(QUESTIONS, value);
}

export function isStepId(value: unknown): value is StepId {
  return value === 'start' || value === 'checklist' || isQuestionId(value);
}
