import type { Answers, QuestionId } from '../flow';
import type { StepId } from '../steps';

export type WizardEvent =
  | { type: 'START' }
  | { type: 'RESUME' }
  | { type: 'RESTART' }
  | { type: 'ANSWER'; question: QuestionId; value: string }
  | { type: 'BACK' }
  | { type: 'GO_TO'; step: StepId }
  | { type: 'CHANGE'; question: QuestionId }
  /** Marks a checklist step done, or not done again. */
  | { type: 'TOGGLE_STEP'; step: string }
  /** Replaces the whole journey with a saved one (the person's own, instead of a shared link). */
  | { type: 'LOAD'; answers: Answers; done: readonly string[] };

export interface WizardContext {
  readonly answers: Answers;
  /** True while the person re-answers a question from the summary: they return there when done. */
  readonly changing: boolean;
  /** Checklist steps the person has ticked. Kept when answers change; only steps still listed count. */
  readonly done: readonly string[];
}

export interface WizardInput {
  readonly answers?: Answers;
  readonly done?: readonly string[];
}
