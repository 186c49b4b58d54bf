import { isValidAnswer } from './options';
import { predicates } from './predicates';
import { FIRST_QUESTION, QUESTION_IDS, type Answers, type QuestionId, type StepId } from './questions';
import { ROUTES, type Destination } from './routes';

/** Where a question leads, given the answers (the question's own answer included). */
export function nextDestination(question: QuestionId, answers: Answers): Destination {
  const route = ROUTES[question].find((r) => r.when === undefined || predicates[r.when](answers));
  // The last route of every question is unconditional, so a route is always found.
  return route ? route.to : 'checklist';
}

export interface JourneyPath {
  /** Questions on the path that hold a valid answer, in order. */
  readonly answered: readonly QuestionId[];
  /** The first question on the path still to answer, or the checklist when none is left. */
  readonly next: Destination;
}

/**
 * Replays the answers from the first question, following the routes, and stops at the first
 * question without a valid answer. Answers left over from an abandoned branch are never reached.
 */
export function walkPath(answers: Answers): JourneyPath {
  const answered: QuestionId[] = [];
  let current: Destination = FIRST_QUESTION;
  // Routes only lead forward; the bound guards against a cycle ever being introduced.
  for (let hops = 0; current !== 'checklist' && hops <= QUESTION_IDS.length; hops += 1) {
    if (!isValidAnswer(current, answers[current], answers)) break;
    answered.push(current);
    current = nextDestination(current, answers);
  }
  return { answered, next: current };
}

/** The answers that count: those on the current path. */
export function activeAnswers(answers: Answers): Answers {
  const active: Record<string, unknown> = {};
  for (const question of walkPath(answers).answered) active[question] = answers[question];
  return active as Answers;
}

/** Steps a person may visit with these answers: the start page, each answered question and the next step. */
export function reachableSteps(answers: Answers): readonly StepId[] {
  const { answered, next } = walkPath(answers);
  return ['start', ...answered, next];
}

/** The step before `step` on the path (the start page before the first question). */
export function previousStep(step: StepId, answers: Answers): StepId {
  const steps = reachableSteps(answers);
  const index = steps.indexOf(step);
  return index > 0 ? steps[index - 1] : 'start';
}
