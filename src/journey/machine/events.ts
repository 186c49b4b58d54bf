import type { Answers, QuestionId, WayIn } from '../flow';
import type { StepId } from '../steps';

export type WizardEvent =
  /** Starts a new journey by one of the start page's ways in (the whole wizard when none is given). */
  | { type: 'START'; wayIn?: WayIn }
  | { type: 'RESUME' }
  | { type: 'RESTART' }
  | { type: 'ANSWER'; question: QuestionId; value: string }
  | { type: 'BACK' }
  | { type: 'GO_TO'; step: StepId }
  | { type: 'CHANGE'; question: QuestionId }
  /** Marks a checklist step done, or not done again. */
  | { type: 'TOGGLE_STEP'; step: string }
  /** "Did this fix it?" answered for a fix on the ladder: tried either way, and the fix when it worked. */
  | { type: 'FIX_RESULT'; step: string; worked: boolean }
  /** Replaces the whole journey with a saved one (the person's own, instead of a shared link). */
  | { type: 'LOAD'; answers: Answers; done: readonly string[]; fixedBy?: string | null };

export interface WizardContext {
  readonly answers: Answers;
  /** True while the person re-answers a question from the summary: they return there when done. */
  readonly changing: boolean;
  /** Checklist steps the person has ticked. Kept when answers change; only steps still listed count. */
  readonly done: readonly string[];
  /** The fix on the ladder that worked, if one has; it counts only while the ladder still lists it. */
  readonly fixedBy: string | null;
}

export interface WizardInput {
  readonly answers?: Answers;
  readonly done?: readonly string[];
  readonly fixedBy?: string | null;
}
