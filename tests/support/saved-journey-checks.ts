/** What must hold for whatever parseJourney is given: it never throws, pollutes or returns a malformed journey. */
import { expect } from 'vitest';
import { isStepIdShaped, QUESTION_OPTIONS } from './model';
import { type QuestionId } from '../../src/journey/flow';
import { QUESTION_IDS, STEP_IDS } from '../../src/journey/steps';
import { parseJourney, type RestoreResult } from '../../src/stores/journey-storage';
import { SENTINEL } from './hostile-input';

const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

/** Nothing was planted on Object.prototype or Array.prototype. */
export function expectNoPollution(): void {
  expect(({} as Record<string, unknown>)[SENTINEL]).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
  expect(Object.getOwnPropertyNames(Array.prototype)).not.toContain(SENTINEL);
}

/** What must hold for any input. */
export function expectWellFormed(result: RestoreResult): void {
  expect(['empty', 'restored', 'discarded']).toContain(result.status);
  if (result.status === 'restored') {
    const { answers, step, done } = result.journey;
    expect(STEP_IDS).toContain(step);
    expect(Array.isArray(done)).toBe(true);
    for (const id of done) expect(isStepIdShaped(id), id).toBe(true);
    expect(new Set(done).size).toBe(done.length);
    expect(Object.getOwnPropertySymbols(answers)).toEqual([]);
    for (const question of Object.getOwnPropertyNames(answers)) {
      expect(QUESTION_IDS).toContain(question);
      expect(QUESTION_OPTIONS[question as QuestionId]).toContain(answers[question as QuestionId]);
    }
  }
  expectNoPollution();
}

/** parseJourney on this text, which must not throw. */
export function parse(raw: string): RestoreResult {
  let result: RestoreResult | undefined;
  expect(() => {
    result = parseJourney(raw);
  }).not.toThrow();
  return result!;
}
