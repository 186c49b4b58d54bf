import { QUESTION_OPTIONS, isQuestionId, isStepId, type Answers, type StepId } from '../features/wizard/flow/questions';
import { isPlainObject, parseJson } from '../lib/parse-json';
import { safeStorage } from '../lib/safe-storage';
import { JOURNEY_KEY } from './storage-keys';

export { JOURNEY_KEY };

export const JOURNEY_VERSION = 1;

export interface SavedJourney {
  readonly answers: Answers;
  readonly step: StepId;
}

export type RestoreResult =
  | { readonly status: 'empty' }
  | { readonly status: 'restored'; readonly journey: SavedJourney }
  /** Something was stored but it was unreadable or invalid: it has been discarded. */
  | { readonly status: 'discarded' };

/** Keeps only known questions with an answer that question accepts; anything else fails the whole record. */
function validAnswers(value: unknown): Answers | undefined {
  if (!isPlainObject(value)) return undefined;
  const answers: Record<string, string> = {};
  for (const [question, answer] of Object.entries(value)) {
    if (!isQuestionId(question)) return undefined;
    if (!(QUESTION_OPTIONS[question] as readonly unknown[]).includes(answer)) return undefined;
    answers[question] = answer as string;
  }
  return answers as Answers;
}

export function parseJourney(raw: string | null): RestoreResult {
  if (raw === null) return { status: 'empty' };
  const data = parseJson(raw);
  if (!isPlainObject(data) || data.version !== JOURNEY_VERSION || !isStepId(data.step)) {
    return { status: 'discarded' };
  }
  const answers = validAnswers(data.answers);
  return answers ? { status: 'restored', journey: { answers, step: data.step } } : { status: 'discarded' };
}

export function loadJourney(): RestoreResult {
  const result = parseJourney(safeStorage.getItem(JOURNEY_KEY));
  if (result.status === 'discarded') safeStorage.removeItem(JOURNEY_KEY);
  return result;
}

/** Returns false when the browser refused to store it. */
export function saveJourney(journey: SavedJourney): boolean {
  return safeStorage.setItem(JOURNEY_KEY, JSON.stringify({ version: JOURNEY_VERSION, ...journey }));
}
