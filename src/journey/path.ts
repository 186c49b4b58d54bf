import { CONDITIONS, QUESTIONS, type Answers, type QuestionId } from './flow';
import { isValidAnswer } from './options';
import { firstQuestionOf, QUESTION_IDS, type Destination, type StepId } from './steps';

/** Where a question leads, given the answers (the question's own answer included). */
export function nextDestination(question: QuestionId, answers: Answers): Destination {
  const routes: readonly { to: Destination; when?: keyof typeof CONDITIONS }[] = QUESTIONS[question].next;
  const route = routes.find((r) => r.when === undefined || CONDITIONS[r.when](answers));
  // The last route of every question is unconditional, so a route is always found.
  return route ? route.to : 'checklist';
}

export interface JourneyPath {
  /** Questions on the path that hold a valid answer, in order. */
  readonly answered: readonly QuestionId[];
  /** The first question on the path still to answer, or the checklist when none is left. */
  readonly next: Destination;
  /** The answers that count: those on the path. */
  readonly active: Answers;
}

const walked = new WeakMap<Answers, JourneyPath>();

/**
 * The one model of position: replays the answers from the way in's first question, following the routes,
 * and stops at the first question without a valid answer. Answers left over from an abandoned branch
 * are never reached. Answers are immutable, so each set is walked once.
 */
export function journeyPath(answers: Answers): JourneyPath {
  const known = walked.get(answers);
  if (known) return known;
  const answered: QuestionId[] = [];
  // The way in counts from the start; each answer then counts once its question is reached.
  const active: Record<string, unknown> = answers.wayIn === undefined ? {} : { wayIn: answers.wayIn };
  let current: Destination = firstQuestionOf(answers);
  // Routes only lead forward; the bound guards against a cycle ever being introduced.
  for (let hops = 0; current !== 'checklist' && hops <= QUESTION_IDS.length; hops += 1) {
    if (!isValidAnswer(current, answers[current], answers)) break;
    answered.push(current);
    active[current] = answers[current];
    current = nextDestination(current, answers);
  }
  const path = { answered, next: current, active: active as Answers };
  walked.set(answers, path);
  return path;
}

/** Steps a person may visit with these answers: the start page, each answered question and the next step. */
export function reachableSteps(answers: Answers): readonly StepId[] {
  const { answered, next } = journeyPath(answers);
  return ['start', ...answered, next];
}

/** The step before `step` on the path (the start page before the first question). */
export function previousStep(step: StepId, answers: Answers): StepId {
  const steps = reachableSteps(answers);
  const index = steps.indexOf(step);
  return index > 0 ? steps[index - 1] : 'start';
}

/**
 * Where Back leads from `step`: to the checklist while the person is changing an answer and every
 * question on the path is answered, else to the previous step on the path.
 */
export function backTarget(step: StepId, answers: Answers, changing: boolean): StepId {
  return changing && journeyPath(answers).next === 'checklist' ? 'checklist' : previousStep(step, answers);
}
