import { describe, expect, it } from 'vitest';
import { CONDITIONS, QUESTIONS, type Answers } from '../../src/journey/flow';
import { QUESTION_IDS } from '../../src/journey/steps';
import { resolveHelp } from '../../src/outcome/question-help';

/** Answer sets that change what help says: every device, every network. */
const ANSWER_SETS: Answers[] = [
  {},
  ...QUESTIONS.device.options.map((device) => ({ device })),
  ...QUESTIONS.carrier.options.map((carrier) => ({ carrier })),
];

describe('question extras', () => {
  it.each(QUESTION_IDS)('%s has help that shows something for every phone and network, or no help', (question) => {
    const spec = QUESTIONS[question];
    if (!('help' in spec)) return;
    for (const answers of ANSWER_SETS) {
      // With a phone the browser names: without one, the device question's hint is rightly empty (phone-guess.test.ts).
      const help = resolveHelp(spec.help, answers, 'iphone');
      expect(help.texts.length + help.facts.length, JSON.stringify(answers)).toBeGreaterThan(0);
    }
  });

  it('gives the EID paths of the phone asked about, and both when the phone is not known', () => {
    const { help } = QUESTIONS.esimCheck;
    expect(resolveHelp(help, { device: 'iphone' }).facts).toEqual(['imeiDial', 'iosEidPath']);
    expect(resolveHelp(help, { device: 'android' }).facts).toEqual(['imeiDial', 'androidEidPath']);
    expect(resolveHelp(help, { device: 'other' }).facts).toEqual(['imeiDial', 'iosEidPath', 'androidEidPath']);
  });

  it('shows the chosen network’s balance codes on the data question', () => {
    expect(resolveHelp(QUESTIONS.dataBalance.help, { carrier: 'zong' })).toEqual({ texts: ['steps.balanceZong.body'], facts: ['zongDataBalance'] });
    expect(resolveHelp(QUESTIONS.dataBalance.help, {})).toEqual({ texts: ['steps.balanceOther.body'], facts: [] });
  });

  it('warns about mainland-China iPhones on the eSIM question only, and only for iPhones', () => {
    const warned = QUESTION_IDS.filter((question) => 'warning' in QUESTIONS[question]);
    expect(warned).toEqual(['esimSupport']);
    const { warning } = QUESTIONS.esimSupport;
    expect(CONDITIONS[warning.when]({ device: 'iphone' })).toBe(true);
    expect(CONDITIONS[warning.when]({ device: 'android' })).toBe(false);
    expect(CONDITIONS[warning.when]({ device: 'ipad' })).toBe(false);
  });
});
