import type { TFunction } from 'i18next';
import { stepTextKey } from '../content/catalog';
import { QUESTIONS, type Answers, type IdentifierKind, type QuestionId } from '../journey/flow';
import { journeyPath } from '../journey/path';
import { QUESTION_IDS } from '../journey/steps';

const checkerOf = (question: QuestionId): IdentifierKind | undefined => {
  const spec = QUESTIONS[question];
  return 'checker' in spec ? spec.checker : undefined;
};

/** The question the IMEI check answers (the PTA status), found by its checker. */
export const IMEI_QUESTION: QuestionId = QUESTION_IDS.find((question) => checkerOf(question) === 'imei') ?? QUESTION_IDS[0];

/** The statuses the person may add from their IMEI check: that question's answers, less "not sure". */
export const IMEI_STATUSES: readonly string[] = QUESTIONS[IMEI_QUESTION].options.filter((option) => option !== 'notSure');

/**
 * The message for the network's helpline when no fix worked, in one language: what the person has
 * (the answers on the path), the fixes tried in order, and, if the person adds it, the PTA status
 * from their IMEI check. The app never sends it; the person copies or shares it.
 */
export function networkMessage(t: TFunction, answers: Answers, tried: readonly string[], imei: string | null): string {
  const { answered } = journeyPath(answers);
  const detail = (question: QuestionId, option: string) =>
    t('checklist.message.detail', { label: t(`questions.${question}.summary`), value: t(`questions.${question}.options.${option}`) });
  const facts = answered.map((question) => detail(question, String(answers[question])));
  if (imei !== null) facts.push(detail(IMEI_QUESTION, imei));
  return [
    t('checklist.message.greeting'),
    '',
    ...facts,
    '',
    t('checklist.message.tried'),
    ...tried.map((step, index) => `${index + 1}. ${t(`${stepTextKey(step)}.title`)}`),
    '',
    t('checklist.message.ask'),
  ].join('\n');
}
