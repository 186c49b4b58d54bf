import { QUESTIONS, type QuestionId } from './flow';

/** The questions in flow order. */
export const QUESTION_IDS = Object.keys(QUESTIONS) as QuestionId[];
export const FIRST_QUESTION: QuestionId = QUESTION_IDS[0];

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
