import { stepFacts, stepIdOf, stepNotes, stepTextKey } from '../content/catalog';
import type { Answers, HelpItem } from '../journey/flow';
import type { GuessedPhone } from '../lib/phone-guess';
import { carrierOf, deviceFamilyOf } from './answers-view';

export interface QuestionHelp {
  /** Locale keys of extra paragraphs. */
  readonly texts: readonly string[];
  readonly facts: readonly string[];
}

/**
 * What a question's help items show for these answers (see `help` in the flow), and for the phone the
 * browser says it is, if any.
 */
export function resolveHelp(items: readonly HelpItem[], answers: Answers, phone: GuessedPhone | null = null): QuestionHelp {
  const texts: string[] = [];
  const facts: string[] = [];
  for (const item of items) {
    if ('fact' in item) facts.push(item.fact);
    else if ('guess' in item) texts.push(...(phone === null ? [] : [`questions.device.looksLike.${phone}`]));
    else if ('deviceFacts' in item) facts.push(...(deviceFamilyOf(answers)[item.deviceFacts]));
    else {
      const step = stepIdOf(carrierOf(answers)[item.carrierStep]);
      texts.push(`${stepTextKey(step)}.body`, ...stepNotes(step));
      facts.push(...stepFacts(step));
    }
  }
  return { texts, facts };
}
