import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKLIST_STEP_IDS, type ChecklistStepId } from '../../src/data/checklist-steps';
import {
  QUESTION_IDS,
  QUESTION_OPTIONS,
  STEP_IDS,
  type Answers,
  type QuestionId,
  type StepId,
} from '../../src/features/wizard/flow/questions';
import { JOURNEY_VERSION, parseJourney, type RestoreResult } from '../../src/stores/journey-storage';

const RUNS = { numRuns: 1000 } as const;
/** The first format (no ticked steps), migrated on load with nothing ticked. */
const LEGACY_VERSION = 1;

const HUGE = 'x'.repeat(100_000);
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
/** A property the payloads try to plant on Object.prototype. */
const SENTINEL = 'fcPollutionSentinel';
const ALL_OPTIONS: readonly string[] = [...new Set(Object.values(QUESTION_OPTIONS).flat())];

/** JSON text and the value JSON.parse gives for it (built without JSON.parse, so `__proto__` stays an own key). */
interface Token {
  readonly text: string;
  readonly value: unknown;
}

interface Entry {
  readonly key: Token;
  readonly value: Token;
}

function token(value: unknown): Token {
  return { text: JSON.stringify(value), value };
}

/** How many leading UTF-16 units may be written as escapes (keeps 100k-character strings cheap). */
const ESCAPED_PREFIX = 64;

/** A JSON string literal for `s`, every `step`-th of its first UTF-16 units written as a \uXXXX escape (0: none). */
function stringText(s: string, step: number): string {
  if (step === 0) return JSON.stringify(s);
  let text = '"';
  const head = Math.min(s.length, ESCAPED_PREFIX);
  for (let i = 0; i < head; i += 1) {
    text += i % step === 0 ? `\\u${s.charCodeAt(i).toString(16).padStart(4, '0')}` : JSON.stringify(s[i]).slice(1, -1);
  }
  return `${text}${JSON.stringify(s.slice(head)).slice(1, -1)}"`;
}

/** A JSON object with these entries in this order (duplicate keys allowed: the last one wins, as in JSON.parse). */
function objectToken(entries: readonly Entry[]): Token {
  const value: Record<string, unknown> = {};
  for (const { key, value: v } of entries) {
    Object.defineProperty(value, key.value as string, { value: v.value, enumerable: true, writable: true, configurable: true });
  }
  return { text: `{${entries.map((e) => `${e.key.text}:${e.value.text}`).join(',')}}`, value };
}

/** A string, sometimes with some characters written as JSON \u escapes (same value, other text). */
function stringToken(arb: fc.Arbitrary<string>): fc.Arbitrary<Token> {
  return fc.tuple(arb, fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, fc.integer({ min: 1, max: 3 }))).map(
    ([s, step]) => ({ text: stringText(s, step), value: s }),
  );
}

const pollutingValue = fc.constantFrom<Token>(
  token({ [SENTINEL]: true }),
  objectToken([{ key: token('prototype'), value: token({ [SENTINEL]: true }) }]),
  objectToken([{ key: token('__proto__'), value: token({ [SENTINEL]: true }) }]),
);

const junkValue: fc.Arbitrary<Token> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }).map(token),
  fc.constantFrom(token(null), token(true), token(0), token(-1), token(''), token([]), token({}), token(HUGE)),
  pollutingValue,
);

/** The legacy and the current version, written in the ways JSON allows. */
const validVersion = fc.constantFrom(LEGACY_VERSION, JOURNEY_VERSION).chain((v) =>
  fc.constantFrom<Token>(
    { text: `${v}`, value: v },
    { text: `${v}.0`, value: v },
    { text: `${v}e0`, value: v },
    { text: `${v}0E-1`, value: v },
    { text: `${v}.0000000000000001`, value: v },
  ),
);

const isKnownVersion = (value: unknown) => value === LEGACY_VERSION || value === JOURNEY_VERSION;

const invalidVersion: fc.Arbitrary<Token> = fc.oneof(
  fc.constantFrom(0, JOURNEY_VERSION + 1, -1, 1.5, '1', String(JOURNEY_VERSION), 'v1', null, true, [1], { version: 1 }, HUGE).map(token),
  fc.integer().filter((n) => !isKnownVersion(n)).map(token),
  junkValue.filter((t) => !isKnownVersion(t.value)),
);

/** A JSON array of these elements. */
function arrayToken(items: readonly Token[]): Token {
  return { text: `[${items.map((t) => t.text).join(',')}]`, value: items.map((t) => t.value) };
}

/** Ticked checklist steps: known IDs, each once, in any order. */
const validDone: fc.Arbitrary<Token> = fc
  .shuffledSubarray([...CHECKLIST_STEP_IDS], { maxLength: 8 })
  .chain((ids) => fc.tuple(...ids.map((id) => stringToken(fc.constant<string>(id)))))
  .map((items) => arrayToken(items));

const invalidDone: fc.Arbitrary<Token> = fc.oneof(
  // A known step ticked twice.
  fc
    .tuple(validDone, fc.constantFrom(...CHECKLIST_STEP_IDS), fc.nat())
    .map(([done, id, at]) => {
      const items = (done.value as string[]).map((v) => token(v));
      const i = at % (items.length + 1);
      return arrayToken([...items.slice(0, i), token(id), token(id), ...items.slice(i)]);
    }),
  // An unknown entry among known ones.
  fc
    .tuple(
      validDone,
      fc.oneof(
        fc.constantFrom<unknown>(...PROTOTYPE_KEYS, 'deleteEverything', 'HOTSPOTONIOS', '', HUGE, 1, null, ['fixRestart'], { fixRestart: true }),
        fc.string({ unit: 'binary' }).filter((v) => !(CHECKLIST_STEP_IDS as readonly string[]).includes(v)),
      ),
    )
    .map(([done, extra]) => arrayToken([...(done.value as string[]).map((v) => token(v)), token(extra)])),
  // Not a list at all.
  fc.constantFrom<unknown>('fixRestart', { fixRestart: true }, null, 1, true, HUGE).map(token),
  junkValue.filter((t) => !(Array.isArray(t.value) && t.value.length === 0)),
);

const validStep = stringToken(fc.constantFrom(...STEP_IDS));

const invalidStep: fc.Arbitrary<Token> = fc.oneof(
  stringToken(
    fc.constantFrom(
      'resume',
      'admin',
      'Start',
      'DEVICE',
      ' device',
      'device ',
      'device\u0000',
      'checklist/',
      '',
      'toString',
      'hasOwnProperty',
      'valueOf',
      ...PROTOTYPE_KEYS,
      HUGE,
    ),
  ),
  stringToken(fc.string({ unit: 'binary' }).filter((s) => !(STEP_IDS as readonly string[]).includes(s))),
  fc.constantFrom<unknown>(1, null, ['device'], { device: 1 }, { step: 'device' }).map(token),
  junkValue.filter((t) => !(STEP_IDS as readonly unknown[]).includes(t.value)),
);

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

const validAnswerEntry: fc.Arbitrary<Entry> = fc
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

const answersToken: fc.Arbitrary<Token> = fc.oneof(
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

/** Anything else at the top level: prototype keys, unknown keys, or the record's own fields again. */
const extraTopLevelEntry: fc.Arbitrary<Entry> = fc.record({
  key: stringToken(fc.constantFrom(...PROTOTYPE_KEYS, 'extra', 'journey', 'version', 'step', 'answers', 'done', HUGE)),
  value: fc.oneof(validVersion, validStep, answersToken, validDone, invalidDone, junkValue, pollutingValue),
});

/** `{version, step, answers, done}` where each field is usually right and sometimes wrong, missing or repeated. */
const nearValidRecord: fc.Arbitrary<Token> = fc
  .record({
    version: fc.option(fc.oneof({ weight: 4, arbitrary: validVersion }, invalidVersion), { nil: undefined, freq: 10 }),
    step: fc.option(fc.oneof({ weight: 4, arbitrary: validStep }, invalidStep), { nil: undefined, freq: 10 }),
    answers: fc.option(answersToken, { nil: undefined, freq: 10 }),
    done: fc.option(fc.oneof({ weight: 4, arbitrary: validDone }, invalidDone), { nil: undefined, freq: 10 }),
    extras: fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, fc.array(extraTopLevelEntry, { maxLength: 3 })),
    order: fc.nat(),
  })
  .map(({ version, step, answers, done, extras, order }) => {
    const fields: Entry[] = [];
    if (version) fields.push({ key: token('version'), value: version });
    if (step) fields.push({ key: token('step'), value: step });
    if (answers) fields.push({ key: token('answers'), value: answers });
    if (done) fields.push({ key: token('done'), value: done });
    // Extras go before or after the fields (a repeated field after them overrides it, as JSON.parse does).
    const at = order % (fields.length + 1);
    return objectToken([...fields.slice(0, at), ...extras, ...fields.slice(at)]);
  });

/** The rule, written independently of the code under test: what parseJourney must return for a parsed value. */
function expectedFor(data: unknown): RestoreResult {
  const discarded = { status: 'discarded' } as const;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return discarded;
  const record = data as Record<string, unknown>;
  const own = (key: string) => (Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined);
  const step = own('step');
  if (!isKnownVersion(own('version')) || typeof step !== 'string' || !(STEP_IDS as readonly string[]).includes(step)) {
    return discarded;
  }
  // A legacy record had no ticks: whatever it holds under `done` is replaced by none.
  const done = own('version') === LEGACY_VERSION ? [] : own('done');
  if (
    !Array.isArray(done) ||
    done.some((id) => typeof id !== 'string' || !(CHECKLIST_STEP_IDS as readonly string[]).includes(id)) ||
    new Set(done).size !== done.length
  ) {
    return discarded;
  }
  const answers = own('answers');
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return discarded;
  const kept: Record<string, string> = {};
  for (const key of Reflect.ownKeys(answers)) {
    if (typeof key !== 'string' || !(QUESTION_IDS as readonly string[]).includes(key)) return discarded;
    const value = (answers as Record<string, unknown>)[key];
    if (typeof value !== 'string' || !(QUESTION_OPTIONS[key as QuestionId] as readonly string[]).includes(value)) {
      return discarded;
    }
    kept[key] = value;
  }
  return { status: 'restored', journey: { answers: kept as Answers, step: step as StepId, done: done as ChecklistStepId[] } };
}

const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

function expectNoPollution(): void {
  expect(({} as Record<string, unknown>)[SENTINEL]).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
  expect(Object.getOwnPropertyNames(Array.prototype)).not.toContain(SENTINEL);
}

/** What must hold for any input. */
function expectWellFormed(result: RestoreResult): void {
  expect(['empty', 'restored', 'discarded']).toContain(result.status);
  if (result.status === 'restored') {
    const { answers, step, done } = result.journey;
    expect(STEP_IDS).toContain(step);
    expect(Array.isArray(done)).toBe(true);
    for (const id of done) expect(CHECKLIST_STEP_IDS).toContain(id);
    expect(new Set(done).size).toBe(done.length);
    expect(Object.getOwnPropertySymbols(answers)).toEqual([]);
    for (const question of Object.getOwnPropertyNames(answers)) {
      expect(QUESTION_IDS).toContain(question);
      expect(QUESTION_OPTIONS[question as QuestionId]).toContain(answers[question as QuestionId]);
    }
  }
  expectNoPollution();
}

function parse(raw: string): RestoreResult {
  let result: RestoreResult | undefined;
  expect(() => {
    result = parseJourney(raw);
  }).not.toThrow();
  return result!;
}

const validAnswers: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(QUESTION_IDS.map((q) => [q, fc.constantFrom(...QUESTION_OPTIONS[q])])) as {
    [Q in QuestionId]: fc.Arbitrary<NonNullable<Answers[Q]>>;
  },
  { requiredKeys: [] },
);

describe('parseJourney (property-based)', () => {
  beforeAll(expectNoPollution);
  afterAll(expectNoPollution);

  it('survives arbitrary strings, including damaged saved records', () => {
    const damaged = fc
      .tuple(validAnswers, fc.constantFrom(...STEP_IDS), fc.nat(), fc.nat(), fc.string({ unit: 'binary', maxLength: 5 }))
      .map(([answers, step, from, length, insert]) => {
        const text = JSON.stringify({ version: JOURNEY_VERSION, step, answers, done: ['fixRestart'] });
        const at = from % (text.length + 1);
        return text.slice(0, at) + insert + text.slice(at + (length % 6));
      });
    const raw = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary-ascii', maxLength: 200 }),
      damaged,
    );
    fc.assert(
      fc.property(raw, (text) => {
        const result = parse(text);
        expectWellFormed(result);
        expect(result.status).not.toBe('empty');
      }),
      RUNS,
    );
  });

  it('survives arbitrary JSON values and judges them by the rule', () => {
    const shaped = fc.record(
      {
        version: fc.oneof(fc.constantFrom(LEGACY_VERSION, JOURNEY_VERSION), fc.jsonValue()),
        step: fc.oneof(fc.constantFrom(...STEP_IDS), fc.jsonValue()),
        answers: fc.oneof(validAnswers, fc.jsonValue()),
        done: fc.oneof(fc.shuffledSubarray([...CHECKLIST_STEP_IDS], { maxLength: 5 }), fc.jsonValue()),
      },
      { requiredKeys: ['version', 'step', 'answers'] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), shaped), (value) => {
        const raw = JSON.stringify(value);
        const result = parse(raw);
        expectWellFormed(result);
        expect(result).toEqual(expectedFor(JSON.parse(raw)));
      }),
      RUNS,
    );
  });

  it('restores a near-valid record exactly when every field is valid', () => {
    let restored = 0;
    fc.assert(
      fc.property(nearValidRecord, ({ text, value }) => {
        const result = parse(text);
        expectWellFormed(result);
        expect(result).toEqual(expectedFor(value));
        if (result.status === 'restored') restored += 1;
      }),
      RUNS,
    );
    // The generator is useful only if it reaches both outcomes often.
    expect(restored).toBeGreaterThan(50);
    expect(restored).toBeLessThan(950);
  });

  it('never lets a prototype key through, wherever it appears', () => {
    const answersWithPrototypeKey = fc
      .tuple(
        fc.array(validAnswerEntry, { maxLength: 5 }),
        fc.constantFrom(...PROTOTYPE_KEYS),
        fc.oneof(pollutingValue, stringToken(fc.constantFrom(...ALL_OPTIONS))),
        fc.nat(),
      )
      .map(([entries, key, value, at]) => {
        const i = at % (entries.length + 1);
        return objectToken([...entries.slice(0, i), { key: token(key), value }, ...entries.slice(i)]);
      });
    fc.assert(
      fc.property(answersWithPrototypeKey, validStep, (answers, step) => {
        const raw = `{"version":${JOURNEY_VERSION},"step":${step.text},"answers":${answers.text},"done":[]}`;
        const result = parse(raw);
        expectWellFormed(result);
        expect(result).toEqual({ status: 'discarded' });
      }),
      RUNS,
    );
  });

  it('round-trips every valid record', () => {
    const done = fc.shuffledSubarray([...CHECKLIST_STEP_IDS]);
    fc.assert(
      fc.property(validAnswers, fc.constantFrom(...STEP_IDS), done, (answers, step, ticked) => {
        const result = parse(JSON.stringify({ version: JOURNEY_VERSION, step, answers, done: ticked }));
        expectWellFormed(result);
        expect(result).toEqual({ status: 'restored', journey: { answers, step, done: ticked } });
      }),
      RUNS,
    );
  });

  it('restores every valid version 1 record with nothing ticked', () => {
    fc.assert(
      fc.property(validAnswers, fc.constantFrom(...STEP_IDS), fc.option(fc.jsonValue()), (answers, step, done) => {
        // Version 1 had no `done`; anything found there is ignored.
        const record = done === null ? { version: LEGACY_VERSION, step, answers } : { version: LEGACY_VERSION, step, answers, done };
        const result = parse(JSON.stringify(record));
        expectWellFormed(result);
        expect(result).toEqual({ status: 'restored', journey: { answers, step, done: [] } });
      }),
      RUNS,
    );
  });

  it('reports nothing saved only for null', () => {
    expect(parseJourney(null)).toEqual({ status: 'empty' });
  });
});
