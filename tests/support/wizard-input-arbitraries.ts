/** fast-check arbitraries for what the wizard machine starts from and is sent: answers, questions and ticked steps. */
import fc from 'fast-check';
import { CHECKLIST_STEP_IDS, QUESTION_OPTIONS } from './model';
import { optionsFor } from '../../src/journey/options';
import { nextDestination } from '../../src/journey/path';
import { type Answers, type QuestionId } from '../../src/journey/flow';
import { FIRST_QUESTION, QUESTION_IDS } from '../../src/journey/steps';
import { ALL_OPTIONS, HUGE, PROTOTYPE_KEYS, SENTINEL } from './hostile-input';

/** A value no question offers: huge or empty strings, numbers, lists, pollution attempts. */
export const junk = fc.oneof(
  fc.constantFrom<unknown>(HUGE, '', 0, 1, true, null, undefined, ['iphone'], { [SENTINEL]: true }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.jsonValue({ maxDepth: 1 }),
);

/** Usually an answer the question offers; sometimes another question's answer, a near miss or junk. */
export function answerFor(question: QuestionId): fc.Arbitrary<unknown> {
  const options: readonly string[] = QUESTION_OPTIONS[question];
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...options) },
    fc.constantFrom(...ALL_OPTIONS),
    fc.constantFrom(...options).map((o) => o.toUpperCase()),
    junk,
  );
}

/** Usually a question ID; sometimes a prototype key, a near miss or any string. */
export const questionOrJunk: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...QUESTION_IDS) },
  fc.constantFrom(...PROTOTYPE_KEYS, 'colour', 'Device', 'start', 'checklist', 'resume', ''),
  fc.string({ maxLength: 12 }),
);

/** A whole journey answered the way a person would: each question on the path, with an answer it offers. */
const completeJourney: fc.Arbitrary<Answers> = fc.array(fc.nat(), { minLength: QUESTION_IDS.length, maxLength: QUESTION_IDS.length }).map((picks) => {
  let answers: Answers = {};
  let question: QuestionId | 'checklist' = FIRST_QUESTION;
  for (const pick of picks) {
    if (question === 'checklist') break;
    const options = optionsFor(question, answers) as readonly string[];
    answers = { ...answers, [question]: options[pick % options.length] } as Answers;
    question = nextDestination(question, answers);
  }
  return answers;
});

/**
 * Answers-shaped records: valid answers (often a whole consistent journey, sometimes with answers
 * left on abandoned branches), answers a question does not offer, unknown questions and prototype keys.
 */
const strayAnswers: fc.Arbitrary<Answers> = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...QUESTION_IDS).chain((q) => fc.tuple(fc.constant<string>(q), answerFor(q))) },
      fc.tuple(questionOrJunk, fc.oneof(fc.constantFrom(...ALL_OPTIONS), junk)),
    ),
    { maxLength: 14 },
  )
  .map((entries) => {
    const answers: Record<string, unknown> = {};
    for (const [key, value] of entries) {
      // defineProperty keeps `__proto__` an own key, as JSON.parse would.
      Object.defineProperty(answers, key, { value, enumerable: true, writable: true, configurable: true });
    }
    return answers as Answers;
  });

/** The answers the machine starts from: stray ones, a whole journey, or a whole journey with stray ones on top. */
export const answersArb: fc.Arbitrary<Answers> = fc.oneof(
  strayAnswers,
  completeJourney,
  // A whole journey with stray or invalid entries on top (they may replace valid answers).
  fc.tuple(completeJourney, strayAnswers).map(([journey, stray]) => {
    const answers: Record<string, unknown> = { ...journey };
    for (const key of Reflect.ownKeys(stray) as string[]) {
      Object.defineProperty(answers, key, { value: (stray as Record<string, unknown>)[key], enumerable: true, writable: true, configurable: true });
    }
    return answers as Answers;
  }),
);

/** Ticked checklist steps as a restored journey holds them: known IDs, each once. */
export const doneArb = fc.shuffledSubarray([...CHECKLIST_STEP_IDS], { maxLength: 10 });
