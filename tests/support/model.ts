import { STEPS } from '../../src/content/catalog';
import { QUESTIONS, type AnswerOf, type QuestionId } from '../../src/journey/flow';

/** Each question's options, as the flow declares them. */
export const QUESTION_OPTIONS = Object.fromEntries(
  Object.entries(QUESTIONS).map(([question, spec]) => [question, spec.options]),
) as unknown as { readonly [Q in QuestionId]: readonly AnswerOf<Q>[] };

/** Every step a checklist can hold. */
export const CHECKLIST_STEP_IDS: readonly string[] = [...STEPS.keys()];

/** What a checklist step ID looks like: a letter, then letters and digits (never markup, never a path). */
export function isStepIdShaped(value: unknown): boolean {
  return typeof value === 'string' && /^[a-z][A-Za-z0-9]{0,47}$/.test(value);
}
