import type { TFunction } from 'i18next';
import { stepTextKey } from '../content/catalog';
import type { Answers, QuestionId } from '../journey/flow';
import { journeyPath } from '../journey/path';

/** A PTA status the person may add from their IMEI check: the PTA question's own answers. */
export type ImeiStatus = 'registered' | 'notRegistered' | 'visitor';

/**
 * The message for the network's helpline when no fix worked, in one language: what the person has
 * (the answers on the path), the fixes tried in order, and, if the person adds it, the PTA status
 * from their IMEI check. The app never sends it; the person copies or shares it.
 */
export function networkMessage(t: TFunction, answers: Answers, tried: readonly string[], imei: ImeiStatus | null): string {
  const { answered } = journeyPath(answers);
  const detail = (question: QuestionId, option: string) =>
    t('checklist.message.detail', { label: t(`questions.${question}.summary`), value: t(`questions.${question}.options.${option}`) });
  const facts = answered.map((question) => detail(question, String(answers[question])));
  if (imei !== null) facts.push(detail('pta', imei));
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
