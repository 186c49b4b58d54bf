/** What the wizard machine must do with each event a replay sends it. */
import { expect } from 'vitest';
import { isStepIdShaped } from './model';
import { buildChecklist } from '../../src/outcome/build-checklist';
import { reachableSteps, journeyPath } from '../../src/journey/path';
import { STEP_IDS } from '../../src/journey/steps';
import type { WizardEvent } from '../../src/journey/machine/events';
import { currentStep, type WizardSnapshot } from '../../src/journey/machine/wizard-machine';
import { SENTINEL } from './hostile-input';

/** The ticks after an event: toggled only on the checklist and only for a step ID; cleared on a fresh start. */
export function expectedDone(before: WizardSnapshot, event: WizardEvent): readonly string[] {
  const { done } = before.context;
  if (event.type === 'RESTART' || (event.type === 'START' && currentStep(before) === 'start')) return [];
  if ((event.type !== 'TOGGLE_STEP' && event.type !== 'FIX_RESULT') || currentStep(before) !== 'checklist') return done;
  if (!isStepIdShaped(event.step)) return done;
  // A fix tried is ticked, whether it worked or not.
  if (event.type === 'FIX_RESULT') return done.includes(event.step) ? done : [...done, event.step];
  return done.includes(event.step) ? done.filter((id) => id !== event.step) : [...done, event.step];
}

/** What must hold in every state the machine rests in. */
export function expectConsistent(snapshot: WizardSnapshot, errors: readonly unknown[]): void {
  expect(errors).toEqual([]);
  expect(snapshot.status).toBe('active');
  // The machine never rests in the transient `resume` state (currentStep would hide it as 'start').
  expect(STEP_IDS).toContain(snapshot.value);
  const step = currentStep(snapshot);
  const { answers } = snapshot.context;
  const reachable = reachableSteps(answers).includes(step) || (step === 'checklist' && journeyPath(answers).next === 'checklist');
  expect(reachable, `${step} with ${JSON.stringify(answers)}`).toBe(true);
  if (step === 'checklist') expect(buildChecklist(answers).length).toBeGreaterThan(0);
  const { done } = snapshot.context;
  for (const id of done) expect(isStepIdShaped(id), id).toBe(true);
  expect(new Set(done).size).toBe(done.length);
  expect(({} as Record<string, unknown>)[SENTINEL]).toBeUndefined();
}
