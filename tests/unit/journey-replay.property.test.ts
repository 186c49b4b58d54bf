import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { reachableSteps, journeyPath } from '../../src/journey/path';
import { STEP_IDS, type StepId } from '../../src/journey/steps';
import { WAYS_IN } from '../../src/journey/flow';
import { currentStep, wizardMachine } from '../../src/journey/machine/wizard-machine';
import { eventArb, resolve, stepOrJunk } from '../support/wizard-event-arbitraries';
import { answersArb, doneArb } from '../support/wizard-input-arbitraries';
import { expectConsistent, expectedDone } from '../support/wizard-replay-expectations';

const RUNS = { numRuns: 1000 } as const;

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
          // GO_TO opens the step when the answers reach it, and otherwise the furthest step they do;
          // with no answers at all, the second way in's first question starts that way.
          const reachable = reachableSteps(answers).includes(step as StepId);
          const opensFixWay = step === WAYS_IN.fix && Object.keys(answers).length === 0;
          expect(currentStep(first)).toBe(reachable || opensFixWay ? step : journeyPath(answers).next);
          if (opensFixWay) expect(first.context.answers).toEqual({ wayIn: 'fix' });

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
