import { assign, setup, type SnapshotFrom } from 'xstate';
import { QUESTIONS, type ConditionName, type QuestionId } from '../flow';
import { withAnswer } from '../options';
import { FIRST_QUESTION, QUESTION_IDS, STEP_IDS, WAY_IN_QUESTIONS, type Destination, type StepId } from '../steps';
import type { WizardContext, WizardEvent, WizardInput } from './events';
import { guards } from './guards';

const routesOf = (question: QuestionId): readonly { to: Destination; when?: ConditionName }[] => QUESTIONS[question].next;

/** Steps Back may lead to from `step`: those whose routes can lead there, and the summary. */
function backCandidates(step: StepId): StepId[] {
  const from: StepId[] = QUESTION_IDS.filter((q) => routesOf(q).some((r) => r.to === step));
  return [...(WAY_IN_QUESTIONS.includes(step) ? ['start' as const] : []), ...from, ...(step === 'checklist' ? [] : ['checklist' as const])];
}

const base = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    input: {} as WizardInput,
  },
  guards,
  actions: {
    recordAnswer: assign({
      answers: ({ context, event }) =>
        event.type === 'ANSWER' ? withAnswer(context.answers, event.question, event.value) : context.answers,
    }),
    clearAnswers: assign({ answers: {}, changing: false, done: [], fixedBy: null }),
    /** A new journey by the way in the event names (Start, or a link to a way in's first question). */
    startWayIn: assign(({ event }) => {
      if (event.type === 'GO_TO') return { answers: { wayIn: 'fix' as const }, changing: false };
      const wayIn = event.type === 'START' ? event.wayIn : undefined;
      return { answers: wayIn === 'fix' ? { wayIn } : {}, changing: false, done: [], fixedBy: null };
    }),
    loadJourney: assign(({ context, event }) =>
      event.type === 'LOAD' ? { answers: event.answers, done: event.done, fixedBy: event.fixedBy ?? null, changing: false } : context,
    ),
    recordFixResult: assign(({ context, event }) => {
      if (event.type !== 'FIX_RESULT') return context;
      const done = context.done.includes(event.step) ? context.done : [...context.done, event.step];
      return { done, fixedBy: event.worked ? event.step : context.fixedBy === event.step ? null : context.fixedBy };
    }),
    toggleStep: assign({
      done: ({ context, event }) => {
        if (event.type !== 'TOGGLE_STEP') return context.done;
        return context.done.includes(event.step)
          ? context.done.filter((step) => step !== event.step)
          : [...context.done, event.step];
      },
      // A fix ticked off again is no longer the one that worked.
      fixedBy: ({ context, event }) =>
        event.type === 'TOGGLE_STEP' && event.step === context.fixedBy ? null : context.fixedBy,
    }),
    startChanging: assign({ changing: true }),
    stopChanging: assign({ changing: false }),
  },
});

function backTransitions(step: StepId) {
  return backCandidates(step).map((to) => ({
    guard: { type: 'backLeadsTo' as const, params: { from: step, to } },
    target: to,
    // Back to the summary, or out past the first question, ends any change in progress.
    actions: to === 'start' || to === 'checklist' ? ('stopChanging' as const) : undefined,
  }));
}

function questionState(question: QuestionId) {
  return {
    on: {
      ANSWER: [
        {
          guard: { type: 'resumesAfter' as const, params: { question } },
          target: 'resume',
          actions: 'recordAnswer' as const,
        },
        ...routesOf(question).map((route) => ({
          guard: { type: 'takesRoute' as const, params: { question, when: route.when } },
          target: route.to,
          actions: 'recordAnswer' as const,
        })),
      ],
      BACK: backTransitions(question),
    },
  };
}

/**
 * The wizard's journey, generated from the flow: one state per question, answers in context. It only
 * routes; what to show at the end is `buildChecklist(answers)`.
 */
export const wizardMachine = base.createMachine({
  id: 'wizard',
  context: ({ input }) => ({
    answers: input?.answers ?? {},
    changing: false,
    done: input?.done ?? [],
    fixedBy: input?.fixedBy ?? null,
  }),
  initial: 'start',
  on: {
    RESTART: { target: `.${FIRST_QUESTION}`, actions: 'clearAnswers' },
    LOAD: { target: '.resume', actions: 'loadJourney' },
    GO_TO: [
      // The second way in's address, opened before any answer (its link on the start page, followed
      // before the app's code ran): that way starts.
      { guard: 'opensFixWay', target: '.resume', actions: 'startWayIn' as const },
      ...STEP_IDS.map((step) => ({
        guard: { type: 'canVisit' as const, params: { step } },
        target: `.${step}`,
        actions: 'stopChanging' as const,
      })),
      // A step these answers cannot reach: the furthest step they can.
      { target: '.resume', actions: 'stopChanging' as const },
    ],
  },
  states: {
    start: {
      on: {
        START: { target: 'resume', actions: 'startWayIn' },
        RESUME: { target: 'resume' },
      },
    },
    /** Moves on to the first question still to answer, or to the checklist. */
    resume: {
      always: [
        ...QUESTION_IDS.map((step) => ({ guard: { type: 'isNextOpen' as const, params: { step } }, target: step })),
        { target: 'checklist', actions: 'stopChanging' as const },
      ],
    },
    ...(Object.fromEntries(QUESTION_IDS.map((q) => [q, questionState(q)])) as Record<
      QuestionId,
      ReturnType<typeof questionState>
    >),
    checklist: {
      on: {
        TOGGLE_STEP: { guard: 'isTickable', actions: 'toggleStep' },
        FIX_RESULT: { guard: 'isTickable', actions: 'recordFixResult' },
        CHANGE: QUESTION_IDS.map((question) => ({
          guard: { type: 'canChange' as const, params: { question } },
          target: question,
          actions: 'startChanging' as const,
        })),
        BACK: backTransitions('checklist'),
      },
    },
  },
});

export type WizardSnapshot = SnapshotFrom<typeof wizardMachine>;

/** The screen a snapshot shows. `resume` is transient and never rests. */
export function currentStep(snapshot: WizardSnapshot): StepId {
  const value = snapshot.value as string;
  return (STEP_IDS as readonly string[]).includes(value) ? (value as StepId) : 'start';
}
