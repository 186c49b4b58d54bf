import { describe, expect, it } from 'vitest';
import { QUESTION_IDS, QUESTION_OPTIONS, type Answers } from '../../src/features/wizard/flow/questions';
import { QUESTION_EXTRAS, questionWarning } from '../../src/features/wizard/question-extras';
import { questionHelp } from '../../src/features/wizard/question-help';

/** Answer sets that change what help says: every device, every network. */
const ANSWER_SETS: Answers[] = [
  {},
  ...QUESTION_OPTIONS.device.map((device) => ({ device })),
  ...QUESTION_OPTIONS.carrier.map((carrier) => ({ carrier })),
];

describe('question extras', () => {
  it.each(QUESTION_IDS)('%s is marked as having help exactly when its help has something to show', (question) => {
    for (const answers of ANSWER_SETS) {
      const help = questionHelp(question, answers);
      const hasHelp = help.texts.length + help.facts.length > 0;
      expect(hasHelp, JSON.stringify(answers)).toBe(QUESTION_EXTRAS[question]?.help === true);
    }
  });

  it('warns about mainland-China iPhones on the eSIM question only, and only for iPhones', () => {
    expect(questionWarning('esimSupport', { device: 'iphone' })).toBe('questions.esimSupport.chinaWarning');
    expect(questionWarning('esimSupport', { device: 'android' })).toBeUndefined();
    for (const question of QUESTION_IDS.filter((id) => id !== 'esimSupport')) {
      expect(questionWarning(question, { device: 'iphone' })).toBeUndefined();
    }
  });
});
