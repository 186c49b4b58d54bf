import { CARRIERS } from '../../data/carriers';
import type { FactId } from '../../data/facts';
import { stepTextKey } from '../../data/step-text';
import { predicates } from './flow/predicates';
import type { Answers, QuestionId } from './flow/questions';

export interface QuestionHelp {
  /** Locale keys of extra paragraphs. */
  readonly texts: readonly string[];
  readonly facts: readonly FactId[];
}

function eidPaths(answers: Answers): FactId[] {
  if (predicates.isApple(answers)) return ['iosEidPath'];
  if (predicates.isAndroid(answers)) return ['androidEidPath'];
  return ['iosEidPath', 'androidEidPath'];
}

/** How to check the answer to a question, fitted to the answers so far (see QUESTION_EXTRAS). */
export function questionHelp(question: QuestionId, answers: Answers): QuestionHelp {
  switch (question) {
    case 'esimCheck':
      return { texts: [], facts: ['imeiDial', ...eidPaths(answers)] };
    case 'pta':
      return { texts: [], facts: ['imeiDial', 'ptaSms', 'ptaWeb'] };
    case 'dataBalance': {
      const carrier = answers.carrier ?? 'other';
      return { texts: [`${stepTextKey(CARRIERS[carrier].balanceStep)}.body`], facts: CARRIERS[carrier].balanceFacts };
    }
    default:
      return { texts: [], facts: [] };
  }
}
