import type { Answers } from '../journey/flow';
import { isKnownEntry } from '../journey/options';
import { isStepId, type StepId } from '../journey/steps';
import { isTickableStep, MAX_TICKS } from '../journey/tickable-step';
import { isPlainObject, parseJson } from '../lib/parse-json';
import { safeStorage } from '../lib/safe-storage';
import { storageRefused } from './storage-health';
import { JOURNEY_KEY, JOURNEY_VERSION } from './storage-keys';

export { JOURNEY_KEY, JOURNEY_VERSION };

export interface SavedJourney {
  readonly answers: Answers;
  readonly step: StepId;
  readonly done: readonly string[];
  /** The fix that worked, on the ladder of fixes. */
  readonly fixedBy?: string;
}

export type RestoreResult =
  | { readonly status: 'empty' }
  | { readonly status: 'restored'; readonly journey: SavedJourney }
  /** Something was stored but it was unreadable or invalid: it has been discarded. */
  | { readonly status: 'discarded' };

/** Keeps only known questions with an answer that question accepts (and the way in); anything else fails the whole record. */
function validAnswers(value: unknown): Answers | undefined {
  if (!isPlainObject(value)) return undefined;
  const answers: Record<string, string> = {};
  for (const [question, answer] of Object.entries(value)) {
    if (!isKnownEntry(question, answer)) return undefined;
    answers[question] = answer as string;
  }
  return answers as Answers;
}

/** Ticked steps: step IDs, each once. */
function validDone(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length > MAX_TICKS || !value.every(isTickableStep)) return undefined;
  return new Set(value).size === value.length ? value : undefined;
}

/** Brings an older record up to the current shape. */
const MIGRATIONS: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {
  1: (data) => ({ ...data, version: 2, done: [] }),
};

export function parseJourney(raw: string | null): RestoreResult {
  if (raw === null) return { status: 'empty' };
  let data = parseJson(raw);
  while (isPlainObject(data) && typeof data.version === 'number' && Object.hasOwn(MIGRATIONS, data.version)) {
    data = MIGRATIONS[data.version](data);
  }
  if (!isPlainObject(data) || data.version !== JOURNEY_VERSION || !isStepId(data.step)) {
    return { status: 'discarded' };
  }
  const answers = validAnswers(data.answers);
  const done = validDone(data.done);
  // Absent until a fix on the ladder has worked.
  const { fixedBy } = data;
  const fixedValid = fixedBy === undefined || isTickableStep(fixedBy);
  if (!answers || !done || !fixedValid) return { status: 'discarded' };
  return { status: 'restored', journey: { answers, step: data.step, done, ...(fixedBy === undefined ? {} : { fixedBy: fixedBy as string }) } };
}

export function loadJourney(): RestoreResult {
  const result = parseJourney(safeStorage.getItem(JOURNEY_KEY));
  if (result.status === 'discarded') safeStorage.removeItem(JOURNEY_KEY);
  return result;
}

/** Returns false when the browser refused to store it, and the app then says progress is not kept. */
export function saveJourney(journey: SavedJourney): boolean {
  const saved = safeStorage.setItem(JOURNEY_KEY, JSON.stringify({ version: JOURNEY_VERSION, ...journey }));
  if (!saved) storageRefused();
  return saved;
}
