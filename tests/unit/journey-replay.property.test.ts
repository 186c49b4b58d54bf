import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { CHECKLIST_STEP_IDS } from '../../src/data/checklist-steps';
import { buildChecklist } from '../../src/features/checklist/build-checklist';
import { optionsFor } from '../../src/features/wizard/flow/options';
import { nextDestination, reachableSteps, walkPath } from '../../src/features/wizard/flow/path';
import {
  FIRST_QUESTION,
  QUESTION_IDS,
  QUESTION_OPTIONS,
  STEP_IDS,
  type Answers,
  type QuestionId,
  type StepId,
} from '../../src/features/wizard/flow/questions';
import type { WizardEvent } from '../../src/features/wizard/machine/events';
import { currentStep, wizardMachine, type WizardSnapshot } from '../../src/features/wizard/machine/wizard-machine';

const RUNS = { numRuns: 1000 } as const;

const HUGE = 'x'.repeat(100_000);
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
const SENTINEL = 'fcPollutionSentinel';
const ALL_OPTIONS: readonly string[] = [...new Set(Object.values(QUESTION_OPTIONS).flat())];

const junk = fc.oneof(
  fc.constantFrom<unknown>(HUGE, '', 0, 1, true, null, undefined, ['iphone'], { [SENTINEL]: true }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.jsonValue({ maxDepth: 1 }),
);

/** Usually an answer the question offers; sometimes another question's answer, a near miss or junk. */
function answerFor(question: QuestionId): fc.Arbitrary<unknown> {
  const options: readonly string[] = QUESTION_OPTIONS[question];
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...options) },
    fc.constantFrom(...ALL_OPTIONS),
    fc.constantFrom(...options).map((o) => o.toUpperCase()),
    junk,
  );
}

const questionOrJunk: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...QUESTION_IDS) },
  fc.constantFrom(...PROTOTYPE_KEYS, 'colour', 'Device', 'start', 'checklist', 'resume', ''),
  fc.string({ maxLength: 12 }),
);

const stepOrJunk: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...STEP_IDS) },
  fc.constantFrom(...PROTOTYPE_KEYS, 'resume', 'wizard', 'START', '', HUGE),
  fc.string({ maxLength: 12 }),
);

/** A whole journey answered the way a person would: each question on the path, with an answer it offers. */
const completeJourney: fc.Arbitrary<Answers> = fc.array(fc.nat(), { minLength: QUESTION_IDS.length, maxLength: QUESTION_IDS.length }).map((picks) => {
  let answers: Answers = {};
  let question: QuestionId | 'checklist' = FIRST_QUESTION;
  for (const pick of picks) {
    if (question === 'checklist') break;
    const options = optionsFor(question, answers) as readonly string[];
    answers = { ...answers, [question]: options[pick % options.length] } as Answers;
    question = nextDestination(question, answers);
  }
  return answers;
});

/**
 * Answers-shaped records: valid answers (often a whole consistent journey, sometimes with answers
 * left on abandoned branches), answers a question does not offer, unknown questions and prototype keys.
 */
const strayAnswers: fc.Arbitrary<Answers> = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...QUESTION_IDS).chain((q) => fc.tuple(fc.constant<string>(q), answerFor(q))) },
      fc.tuple(questionOrJunk, fc.oneof(fc.constantFrom(...ALL_OPTIONS), junk)),
    ),
    { maxLength: 14 },
  )
  .map((entries) => {
    const answers: Record<string, unknown> = {};
    for (const [key, value] of entries) {
      // defineProperty keeps `__proto__` an own key, as JSON.parse would.
      Object.defineProperty(answers, key, { value, enumerable: true, writable: true, configurable: true });
    }
    return answers as Answers;
  });

const answersArb: fc.Arbitrary<Answers> = fc.oneof(
  strayAnswers,
  completeJourney,
  // A whole journey with stray or invalid entries on top (they may replace valid answers).
  fc.tuple(completeJourney, strayAnswers).map(([journey, stray]) => {
    const answers: Record<string, unknown> = { ...journey };
    for (const key of Reflect.ownKeys(stray) as string[]) {
      Object.defineProperty(answers, key, { value: (stray as Record<string, unknown>)[key], enumerable: true, writable: true, configurable: true });
    }
    return answers as Answers;
  }),
);

/** Ticked checklist steps as a restored journey holds them: known IDs, each once. */
const doneArb = fc.shuffledSubarray([...CHECKLIST_STEP_IDS], { maxLength: 10 });

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
type PlannedEvent = WizardEvent | { readonly type: 'MOVE_ON'; readonly pick: number };

const eventArb: fc.Arbitrary<PlannedEvent> = fc.oneof(
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
  { weight: 1, arbitrary: fc.constantFrom<WizardEvent>({ type: 'START' }, { type: 'RESUME' }) },
  { weight: 3, arbitrary: checklistStepOrJunk.map((step) => ({ type: 'TOGGLE_STEP', step }) as WizardEvent) },
);

function resolve(planned: PlannedEvent, snapshot: WizardSnapshot): WizardEvent {
  if (planned.type !== 'MOVE_ON') return planned;
  const step = currentStep(snapshot);
  if (step === 'start') return { type: 'RESUME' };
  if (step === 'checklist') {
    const { answered } = walkPath(snapshot.context.answers);
    return { type: 'CHANGE', question: answered[planned.pick % answered.length] };
  }
  // Any option of the question, including one optionsFor would hide (the machine must refuse it).
  const options: readonly string[] = QUESTION_OPTIONS[step];
  return { type: 'ANSWER', question: step, value: options[planned.pick % options.length] };
}

/** The ticks after an event: toggled only on the checklist and only for a known step; cleared on a fresh start. */
function expectedDone(before: WizardSnapshot, event: WizardEvent): readonly string[] {
  const { done } = before.context;
  if (event.type === 'RESTART' || (event.type === 'START' && currentStep(before) === 'start')) return [];
  if (event.type !== 'TOGGLE_STEP' || currentStep(before) !== 'checklist') return done;
  if (!(CHECKLIST_STEP_IDS as readonly string[]).includes(event.step)) return done;
  return done.includes(event.step) ? done.filter((id) => id !== event.step) : [...done, event.step];
}

/** What must hold in every state the machine rests in. */
function expectConsistent(snapshot: WizardSnapshot, errors: readonly unknown[]): void {
  expect(errors).toEqual([]);
  expect(snapshot.status).toBe('active');
  // The machine never rests in the transient `resume` state (currentStep would hide it as 'start').
  expect(STEP_IDS).toContain(snapshot.value);
  const step = currentStep(snapshot);
  const { answers } = snapshot.context;
  const reachable = reachableSteps(answers).includes(step) || (step === 'checklist' && walkPath(answers).next === 'checklist');
  expect(reachable, `${step} with ${JSON.stringify(answers)}`).toBe(true);
  if (step === 'checklist') expect(buildChecklist(answers).length).toBeGreaterThan(0);
  const { done } = snapshot.context;
  for (const id of done) expect(CHECKLIST_STEP_IDS).toContain(id);
  expect(new Set(done).size).toBe(done.length);
  expect(({} as Record<string, unknown>)[SENTINEL]).toBeUndefined();
}

describe('wizard machine replay (property-based)', () => {
  it('always rests on a step the answers can reach, whatever it is sent', () => {
    const seen = new Set<StepId>();
    fc.assert(
      fc.property(answersArb, doneArb, stepOrJunk, fc.array(eventArb, { maxLength: 20 }), (answers, done, step, events) => {
        const errors: unknown[] = [];
        const actor = createActor(wizardMachine, { input: { answers, done } });
        actor.subscribe({ error: (error) => errors.push(error) });
        actor.start();
        try {
          actor.send({ type: 'GO_TO', step: step as StepId });
          const first = actor.getSnapshot();
          expectConsistent(first, errors);
          expect(first.context.done).toEqual(done);
          // GO_TO opens the step when the answers reach it, and otherwise the furthest step they do.
          const reachable = reachableSteps(answers).includes(step as StepId);
          expect(currentStep(first)).toBe(reachable ? step : walkPath(answers).next);

          for (const planned of events) {
            const before = actor.getSnapshot();
            const event = resolve(planned, before);
            actor.send(event);
            const snapshot = actor.getSnapshot();
            expectConsistent(snapshot, errors);
            expect(snapshot.context.done).toEqual(expectedDone(before, event));
            seen.add(currentStep(snapshot));
            if (event.type === 'RESTART') {
              expect(currentStep(snapshot)).toBe('device');
              expect(snapshot.context.answers).toEqual({});
            }
          }
        } finally {
          actor.stop();
        }
      }),
      RUNS,
    );
    // The generator is useful only if it takes journeys all the way through.
    expect([...seen].sort()).toEqual([...STEP_IDS].sort());
  });
});
