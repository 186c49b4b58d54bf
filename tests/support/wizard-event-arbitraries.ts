/** fast-check arbitraries for the events a replay sends the wizard machine, and how a planned move on is resolved. */
import fc from 'fast-check';
import { CHECKLIST_STEP_IDS, QUESTION_OPTIONS } from './model';
import { journeyPath } from '../../src/journey/path';
import { type QuestionId } from '../../src/journey/flow';
import { QUESTION_IDS, STEP_IDS } from '../../src/journey/steps';
import type { WizardEvent } from '../../src/journey/machine/events';
import { currentStep, type WizardSnapshot } from '../../src/journey/machine/wizard-machine';
import { HUGE, PROTOTYPE_KEYS } from './hostile-input';
import { answerFor, junk, questionOrJunk } from './wizard-input-arbitraries';

/** Usually a step ID; sometimes a prototype key, a near miss, a huge or any string. */
export const stepOrJunk: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...STEP_IDS) },
  fc.constantFrom(...PROTOTYPE_KEYS, 'resume', 'wizard', 'START', '', HUGE),
  fc.string({ maxLength: 12 }),
);

const checklistStepOrJunk: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...CHECKLIST_STEP_IDS) },
  fc.constantFrom(...PROTOTYPE_KEYS, ...STEP_IDS, 'deleteEverything', '', HUGE),
  fc.string({ maxLength: 12 }),
);

/**
 * An event, or a placeholder resolved against the state when it is sent: what a person moving on
 * would press on the screen shown (Resume on the start page, an answer to the question, Change on
 * one of the checklist's answers).
 */
export type PlannedEvent = WizardEvent | { readonly type: 'MOVE_ON'; readonly pick: number };

/** Any event, weighted towards moving on so that journeys reach the checklist. */
export const eventArb: fc.Arbitrary<PlannedEvent> = fc.oneof(
  { weight: 8, arbitrary: fc.nat(20).map((pick) => ({ type: 'MOVE_ON' as const, pick })) },
  {
    weight: 3,
    arbitrary: questionOrJunk.chain((question) =>
      fc
        .oneof(QUESTION_IDS.includes(question as QuestionId) ? answerFor(question as QuestionId) : junk, junk)
        .map((value) => ({ type: 'ANSWER', question, value }) as unknown as WizardEvent),
    ),
  },
  { weight: 3, arbitrary: fc.constant<WizardEvent>({ type: 'BACK' }) },
  { weight: 2, arbitrary: questionOrJunk.map((question) => ({ type: 'CHANGE', question }) as WizardEvent) },
  { weight: 1, arbitrary: fc.constant<WizardEvent>({ type: 'RESTART' }) },
  { weight: 2, arbitrary: stepOrJunk.map((step) => ({ type: 'GO_TO', step }) as WizardEvent) },
  { weight: 1, arbitrary: fc.constantFrom<WizardEvent>({ type: 'START' }, { type: 'START', wayIn: 'fix' }, { type: 'RESUME' }) },
  { weight: 3, arbitrary: checklistStepOrJunk.map((step) => ({ type: 'TOGGLE_STEP', step }) as WizardEvent) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(checklistStepOrJunk, fc.boolean())
      .map(([step, worked]) => ({ type: 'FIX_RESULT', step, worked }) as WizardEvent),
  },
);

/** The event a planned one stands for on the screen the snapshot shows. */
export function resolve(planned: PlannedEvent, snapshot: WizardSnapshot): WizardEvent {
  if (planned.type !== 'MOVE_ON') return planned;
  const step = currentStep(snapshot);
  if (step === 'start') return { type: 'RESUME' };
  if (step === 'checklist') {
    const { answered } = journeyPath(snapshot.context.answers);
    return { type: 'CHANGE', question: answered[planned.pick % answered.length] };
  }
  // Any option of the question, including one optionsFor would hide (the machine must refuse it).
  const options: readonly string[] = QUESTION_OPTIONS[step];
  return { type: 'ANSWER', question: step, value: options[planned.pick % options.length] };
}
