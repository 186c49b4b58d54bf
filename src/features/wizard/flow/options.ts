import { predicates } from './predicates';
import { QUESTION_OPTIONS, type AnswerOf, type Answers, type QuestionId } from './questions';

/**
 * The answers offered for a question, given what came before. A travel eSIM is offered only to
 * people whose phone takes an eSIM.
 */
export function optionsFor<Q extends QuestionId>(question: Q, answers: Answers): readonly AnswerOf<Q>[] {
  const all = QUESTION_OPTIONS[question] as readonly AnswerOf<Q>[];
  if (question === 'carrier' && !predicates.hasEsim(answers)) {
    return all.filter((option) => option !== 'travel');
  }
  return all;
}

export function isValidAnswer(question: QuestionId, value: unknown, answers: Answers): boolean {
  return (optionsFor(question, answers) as readonly unknown[]).includes(value);
}
