import { CONDITIONS, QUESTIONS, WAYS_IN, type AnswerOf, type Answers, type ConditionName, type QuestionId } from './flow';

/** The answers a question offers, given what came before (some options are offered only sometimes). */
export function optionsFor<Q extends QuestionId>(question: Q, answers: Answers): readonly AnswerOf<Q>[] {
  const spec = QUESTIONS[question];
  const all = spec.options as readonly AnswerOf<Q>[];
  if (!('offered' in spec)) return all;
  const offered: Readonly<Record<string, ConditionName>> = spec.offered;
  return all.filter((option) => !Object.hasOwn(offered, option) || CONDITIONS[offered[option]](answers));
}

export function isValidAnswer(question: QuestionId, value: unknown, answers: Answers): boolean {
  return (optionsFor(question, answers) as readonly unknown[]).includes(value);
}

/** Whether a value is one of the question's options at all, whatever the other answers. */
export function isOptionOf(question: QuestionId, value: unknown): boolean {
  return (QUESTIONS[question].options as readonly unknown[]).includes(value);
}

/** The answers with one more recorded. */
export function withAnswer(answers: Answers, question: QuestionId, value: string): Answers {
  return { ...answers, [question]: value };
}

/** Whether a stored or linked entry is a known answer: a question's option, or the way in. */
export function isKnownEntry(key: string, value: unknown): boolean {
  if (key === 'wayIn') return typeof value === 'string' && Object.hasOwn(WAYS_IN, value);
  return Object.hasOwn(QUESTIONS, key) && isOptionOf(key as QuestionId, value);
}
