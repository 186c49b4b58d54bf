import { getShortestPaths } from 'xstate/graph';
import { optionsFor } from '../../src/journey/options';
import { type Answers, type QuestionId, type WayIn } from '../../src/journey/flow';
import { isQuestionId } from '../../src/journey/steps';
import { wizardMachine, type WizardSnapshot } from '../../src/journey/machine/wizard-machine';
import type { WizardEvent } from '../../src/journey/machine/events';

/**
 * The forward events a person can send from a snapshot: Start (by the way in given: the whole wizard
 * unless told), or each answer the question offers.
 */
export function forwardEvents(snapshot: WizardSnapshot, wayIn: WayIn = 'setUp'): WizardEvent[] {
  const value = snapshot.value as string;
  if (value === 'start') return [wayIn === 'setUp' ? { type: 'START' } : { type: 'START', wayIn }];
  if (!isQuestionId(value)) return [];
  return optionsFor(value, snapshot.context.answers).map((answer) => ({
    type: 'ANSWER',
    question: value,
    value: answer,
  }));
}

export interface Journey {
  readonly answers: Answers;
  /** The questions asked, in order. */
  readonly asked: readonly QuestionId[];
}

const askedIn = (steps: readonly { event: WizardEvent }[]): QuestionId[] =>
  steps.flatMap((step) => (step.event.type === 'ANSWER' ? [step.event.question] : []));

/** The question where the first walk stops and, from each state it reaches, the second walk starts. */
const HALFWAY: QuestionId = 'esimSupport';

/**
 * Every journey from the start page to the checklist. Answers accumulate in context, so each answer
 * sequence is its own vertex and the journey graph is a tree: the shortest path to each checklist
 * vertex is the only path to it, and the list is complete (docs/adr/0003). The search slows faster
 * than the graph grows, so it walks in two halves: from the start to every state at the eSIM
 * question, then from each of those to the checklist (the real machine from each, nothing assumed).
 */
export function allJourneys(): Journey[] {
  const halfway = getShortestPaths(wizardMachine, {
    events: (snapshot) => (snapshot.matches(HALFWAY) ? [] : forwardEvents(snapshot)),
    toState: (snapshot) => snapshot.matches(HALFWAY),
  });
  return halfway.flatMap((first) =>
    getShortestPaths(wizardMachine, {
      fromState: first.state,
      events: (snapshot) => forwardEvents(snapshot),
      toState: (snapshot) => snapshot.matches('checklist'),
    }).map((second) => ({
      answers: second.state.context.answers,
      asked: [...askedIn(first.steps), ...askedIn(second.steps)],
    })),
  );
}

/** Every journey by the second way in, the symptom first: small enough to walk in one go. */
export function troubleshootingJourneys(): Journey[] {
  return getShortestPaths(wizardMachine, {
    events: (snapshot) => forwardEvents(snapshot, 'fix'),
    toState: (snapshot) => snapshot.matches('checklist'),
  }).map((path) => ({ answers: path.state.context.answers, asked: askedIn(path.steps) }));
}
