import { isValidAnswer } from '../flow/options';
import { previousStep, reachableSteps, walkPath } from '../flow/path';
import { predicates, type PredicateName } from '../flow/predicates';
import type { QuestionId, StepId } from '../flow/questions';
import { isChecklistStepId } from '../../../data/checklist-steps';
import { answersAfter, type WizardContext, type WizardEvent } from './events';

interface GuardArgs {
  context: WizardContext;
  event: WizardEvent;
}

type PredicateGuards = Record<PredicateName, (args: GuardArgs) => boolean>;

/** Each routing predicate as a guard that sees the answer being given. */
const predicateGuards = Object.fromEntries(
  (Object.keys(predicates) as PredicateName[]).map((name) => [
    name,
    ({ context, event }: GuardArgs) => predicates[name](answersAfter(context, event)),
  ]),
) as PredicateGuards;

function isAnswerFor({ context, event }: GuardArgs, question: QuestionId): boolean {
  return (
    event.type === 'ANSWER' && event.question === question && isValidAnswer(question, event.value, context.answers)
  );
}

export const guards = {
  ...predicateGuards,
  /** A valid answer to `question` that takes this route (a route without `when` always applies). */
  takesRoute: (args: GuardArgs, params: { question: QuestionId; when?: PredicateName }) =>
    isAnswerFor(args, params.question) && (params.when === undefined || predicateGuards[params.when](args)),
  /** A valid answer given while changing an answer from the summary. */
  isChangedAnswer: (args: GuardArgs, params: { question: QuestionId }) =>
    args.context.changing && isAnswerFor(args, params.question),
  /** Back while changing an answer, with every question on the path answered: back to the summary. */
  isBackToSummary: ({ context }: GuardArgs) =>
    context.changing && walkPath(context.answers).next === 'checklist',
  cameFrom: ({ context }: GuardArgs, params: { from: StepId; to: StepId }) =>
    previousStep(params.to, context.answers) === params.from,
  canVisit: ({ context, event }: GuardArgs, params: { step: StepId }) =>
    event.type === 'GO_TO' &&
    event.step === params.step &&
    reachableSteps(context.answers).includes(params.step),
  canChange: ({ context, event }: GuardArgs, params: { question: QuestionId }) =>
    event.type === 'CHANGE' &&
    event.question === params.question &&
    walkPath(context.answers).answered.includes(params.question),
  isNextOpen: ({ context }: GuardArgs, params: { step: StepId }) =>
    walkPath(context.answers).next === params.step,
  /** Only a known checklist step can be ticked. */
  isChecklistStep: ({ event }: GuardArgs) => event.type === 'TOGGLE_STEP' && isChecklistStepId(event.step),
};
