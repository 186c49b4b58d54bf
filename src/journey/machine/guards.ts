import { CONDITIONS, WAYS_IN, type Answers, type ConditionName, type QuestionId } from '../flow';
import { isValidAnswer, withAnswer } from '../options';
import { backTarget, journeyPath, nextDestination, reachableSteps } from '../path';
import type { StepId } from '../steps';
import { isTickableStep } from '../tickable-step';
import type { WizardContext, WizardEvent } from './events';

interface GuardArgs {
  context: WizardContext;
  event: WizardEvent;
}

/** The answers as they would be if this event's answer were recorded. */
export function answersAfter(context: WizardContext, event: WizardEvent): Answers {
  return event.type === 'ANSWER' ? withAnswer(context.answers, event.question, event.value) : context.answers;
}

function isAnswerFor({ context, event }: GuardArgs, question: QuestionId): boolean {
  return event.type === 'ANSWER' && event.question === question && isValidAnswer(question, event.value, context.answers);
}

/** The question was the first still open, and the answer leads to a question already answered. */
function answeredBeyond(context: WizardContext, event: WizardEvent, question: QuestionId): boolean {
  if (journeyPath(context.answers).next !== question) return false;
  const after = answersAfter(context, event);
  const to = nextDestination(question, after);
  return to !== 'checklist' && journeyPath(after).answered.includes(to);
}

/** Named guards: the machine refers to each by name, with its parameters. */
export const guards = {
  /** A valid answer to `question` that takes this route (a route without `when` always applies). */
  takesRoute: (args: GuardArgs, params: { question: QuestionId; when?: ConditionName }) =>
    isAnswerFor(args, params.question) &&
    (params.when === undefined || CONDITIONS[params.when](answersAfter(args.context, args.event))),
  /**
   * A valid answer after which the person goes back to where they were, not to the next question:
   * one given while changing an answer from the summary, or one to a question that was still open
   * while the questions after it were already answered (a link shared before that question existed).
   */
  resumesAfter: (args: GuardArgs, params: { question: QuestionId }) =>
    isAnswerFor(args, params.question) && (args.context.changing || answeredBeyond(args.context, args.event, params.question)),
  /** Back from `from` leads to `to` (see `backTarget`). */
  backLeadsTo: ({ context }: GuardArgs, params: { from: StepId; to: StepId }) =>
    backTarget(params.from, context.answers, context.changing) === params.to,
  canVisit: ({ context, event }: GuardArgs, params: { step: StepId }) =>
    event.type === 'GO_TO' && event.step === params.step && reachableSteps(context.answers).includes(params.step),
  canChange: ({ context, event }: GuardArgs, params: { question: QuestionId }) =>
    event.type === 'CHANGE' &&
    event.question === params.question &&
    journeyPath(context.answers).answered.includes(params.question),
  isNextOpen: ({ context }: GuardArgs, params: { step: StepId }) => journeyPath(context.answers).next === params.step,
  isTickable: ({ event }: GuardArgs) => (event.type === 'TOGGLE_STEP' || event.type === 'FIX_RESULT') && isTickableStep(event.step),
  opensFixWay: ({ context, event }: GuardArgs) =>
    event.type === 'GO_TO' && event.step === WAYS_IN.fix && Object.keys(context.answers).length === 0,
};
