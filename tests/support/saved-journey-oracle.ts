import { isStepIdShaped, QUESTION_OPTIONS } from './model';
import { type Answers, type QuestionId } from '../../src/journey/flow';
import { QUESTION_IDS, STEP_IDS, type StepId } from '../../src/journey/steps';
import { JOURNEY_VERSION, type RestoreResult } from '../../src/stores/journey-storage';

/** The first format (no ticked steps), migrated on load with nothing ticked. */
export const LEGACY_VERSION = 1;

/** A version parseJourney restores: the legacy one or the current one. */
export const isKnownVersion = (value: unknown) => value === LEGACY_VERSION || value === JOURNEY_VERSION;

/** The rule, written independently of the code under test: what parseJourney must return for a parsed value. */
export function expectedFor(data: unknown): RestoreResult {
  const discarded = { status: 'discarded' } as const;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return discarded;
  const record = data as Record<string, unknown>;
  const own = (key: string) => (Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined);
  const step = own('step');
  if (!isKnownVersion(own('version')) || typeof step !== 'string' || !(STEP_IDS as readonly string[]).includes(step)) {
    return discarded;
  }
  // A legacy record had no ticks: whatever it holds under `done` is replaced by none.
  const done = own('version') === LEGACY_VERSION ? [] : own('done');
  if (
    !Array.isArray(done) ||
    done.length > 200 ||
    done.some((id) => !isStepIdShaped(id)) ||
    new Set(done).size !== done.length
  ) {
    return discarded;
  }
  const answers = own('answers');
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return discarded;
  const kept: Record<string, string> = {};
  for (const key of Reflect.ownKeys(answers)) {
    if (typeof key !== 'string' || !(QUESTION_IDS as readonly string[]).includes(key)) return discarded;
    const value = (answers as Record<string, unknown>)[key];
    if (typeof value !== 'string' || !(QUESTION_OPTIONS[key as QuestionId] as readonly string[]).includes(value)) {
      return discarded;
    }
    kept[key] = value;
  }
  return { status: 'restored', journey: { answers: kept as Answers, step: step as StepId, done: done as string[] } };
}
