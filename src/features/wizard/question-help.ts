import { CARRIERS } from '../../data/carriers';
import type { FactId } from '../../data/facts';
import { stepTextKey } from '../../data/step-text';
import { predicates } from './flow/predicates';
import type { Answers, QuestionId } from './flow/questions';

export interface QuestionHelp {
  /** Locale keys of extra paragraphs. */
  readonly texts: readonly string[];
  /** Locale key of a warning shown above the options. */
  readonly warning?: string;
  readonly facts: readonly FactId[];
  /** A checker for a number the question asks the person to look up. */
  readonly checker?: 'imei' | 'eid';
}

function eidPaths(answers: Answers): FactId[] {
  if (predicates.isApple(answers)) return ['iosEidPath'];
  if (predicates.isAndroid(answers)) return ['androidEidPath'];
  return ['iosEidPath', 'androidEidPath'];
}

/** What a question page shows besides its hint: how to check, and warnings that fit the answers so far. */
export function questionHelp(question: QuestionId, answers: Answers): QuestionHelp {
  switch (question) {
    case 'esimSupport':
      return answers.device === 'iphone'
        ? { texts: [], warning: 'questions.esimSupport.chinaWarning', facts: [] }
        : { texts: [], facts: [] };
    case 'esimCheck':
      return { texts: [], facts: ['imeiDial', ...eidPaths(answers)], checker: 'eid' };
    case 'pta':
      return { texts: [], facts: ['imeiDial', 'ptaSms', 'ptaWeb'], checker: 'imei' };
    case 'dataBalance': {
      const carrier = answers.carrier ?? 'other';
      return { texts: [`${stepTextKey(CARRIERS[carrier].balanceStep)}.body`], facts: CARRIERS[carrier].balanceFacts };
    }
    default:
      return { texts: [], facts: [] };
  }
}
