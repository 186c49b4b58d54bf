/** fast-check arbitraries for the answers a saved journey holds, valid and hostile. */
import fc from 'fast-check';
import { type Answers, type QuestionId } from '../../src/journey/flow';
import { QUESTION_IDS } from '../../src/journey/steps';
import { QUESTION_OPTIONS } from './model';
import { ALL_OPTIONS, HUGE, PROTOTYPE_KEYS } from './hostile-input';
import { objectToken, stringToken, token, type Entry, type Token } from './json-tokens';
import { junkValue } from './junk-tokens';

function notAnOptionOf(question: QuestionId) {
  return (value: unknown) => !(QUESTION_OPTIONS[question] as readonly unknown[]).includes(value);
}

/** Something a question does not accept: another question's answer, a near miss, a wrong type, a huge string. */
function invalidAnswerFor(question: QuestionId): fc.Arbitrary<Token> {
  const options: readonly string[] = QUESTION_OPTIONS[question];
  return fc.oneof(
    stringToken(fc.constantFrom(...ALL_OPTIONS).filter(notAnOptionOf(question))),
    stringToken(
      fc
        .constantFrom(...options)
        .chain((o) => fc.constantFrom(o.toUpperCase(), ` ${o}`, `${o} `, `${o}\u200B`, o.slice(1), `${o}s`))
        .filter(notAnOptionOf(question)),
    ),
    fc.constantFrom(...options).map((o) => token([o])),
    fc.constantFrom(...options).map((o) => token({ [o]: true })),
    fc.constantFrom(token(HUGE), token(''), token(1), token(0), token(true), token(null)),
    stringToken(fc.string({ unit: 'binary' }).filter(notAnOptionOf(question))),
    junkValue.filter((t) => notAnOptionOf(question)(t.value)),
  );
}

export const validAnswerEntry: fc.Arbitrary<Entry> = fc
  .constantFrom(...QUESTION_IDS)
  .chain((q) => fc.record({ key: stringToken(fc.constant(q)), value: stringToken(fc.constantFrom(...QUESTION_OPTIONS[q])) }));

const invalidAnswerEntry: fc.Arbitrary<Entry> = fc.oneof(
  // A known question with an answer it does not accept.
  fc.constantFrom(...QUESTION_IDS).chain((q) => fc.record({ key: stringToken(fc.constant(q)), value: invalidAnswerFor(q) })),
  // An unknown question, a prototype key or a huge key, with anything (often a valid-looking answer).
  fc.record({
    key: stringToken(
      fc.oneof(
        fc.constantFrom(...PROTOTYPE_KEYS, 'colour', 'Device', 'device ', 'toString', HUGE, ''),
        fc.string({ unit: 'binary' }).filter((s) => !(QUESTION_IDS as readonly string[]).includes(s)),
      ),
    ),
    value: fc.oneof(stringToken(fc.constantFrom(...ALL_OPTIONS)), junkValue),
  }),
);

/** The `answers` field of a saved record: usually an object of valid and invalid entries, sometimes not an object. */
export const answersToken: fc.Arbitrary<Token> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .array(fc.oneof({ weight: 5, arbitrary: validAnswerEntry }, invalidAnswerEntry), { maxLength: 12 })
      .map(objectToken),
  },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.constantFrom<unknown>(null, 'device=iphone', [], [['device', 'iphone']], 1, true, HUGE).map(token),
      junkValue,
    ),
  },
);

/** Answers as the app saves them: any subset of the questions, each with an option it offers. */
export const validAnswers: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(QUESTION_IDS.map((q) => [q, fc.constantFrom(...QUESTION_OPTIONS[q])])) as {
    [Q in QuestionId]: fc.Arbitrary<NonNullable<Answers[Q]>>;
  },
  { requiredKeys: [] },
);
