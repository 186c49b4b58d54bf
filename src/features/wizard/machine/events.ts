import type { Answers, QuestionId, StepId } from '../flow/questions';

export type WizardEvent =
  | { type: 'START' }
  | { type: 'RESUME' }
  | { type: 'RESTART' }
  | { type: 'ANSWER'; question: QuestionId; value: string }
  | { type: 'BACK' }
  | { type: 'GO_TO'; step: StepId }
  | { type: 'CHANGE'; question: QuestionId };

export interface WizardContext {
  readonly answers: Answers;
  /** True while the person re-answers a question from the summary: they return there when done. */
  readonly changing: boolean;
}

export interface WizardInput {
  readonly answers?: Answers;
}

/** The answers as they would be if this event's answer were recorded. */
export function answersAfter(context: WizardContext, event: WizardEvent): Answers {
  if (event.type !== 'ANSWER') return context.answers;
  return { ...context.answers, [event.question]: event.value } as Answers;
}
