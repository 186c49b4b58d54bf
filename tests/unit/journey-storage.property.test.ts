import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKLIST_STEP_IDS } from '../support/model';
import { STEP_IDS } from '../../src/journey/steps';
import { JOURNEY_VERSION, parseJourney } from '../../src/stores/journey-storage';
import { ALL_OPTIONS, PROTOTYPE_KEYS } from '../support/hostile-input';
import { objectToken, stringToken, token } from '../support/json-tokens';
import { pollutingValue } from '../support/junk-tokens';
import { validAnswerEntry, validAnswers } from '../support/saved-answers-arbitraries';
import { expectNoPollution, expectWellFormed, parse } from '../support/saved-journey-checks';
import { expectedFor, LEGACY_VERSION } from '../support/saved-journey-oracle';
import { nearValidRecord, validStep } from '../support/saved-record-arbitraries';

const RUNS = { numRuns: 1000 } as const;

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
