/** fast-check arbitraries for whole saved journey records and their version, step and ticked-steps fields. */
import fc from 'fast-check';
import { CHECKLIST_STEP_IDS, isStepIdShaped } from './model';
import { STEP_IDS } from '../../src/journey/steps';
import { JOURNEY_VERSION } from '../../src/stores/journey-storage';
import { HUGE, PROTOTYPE_KEYS } from './hostile-input';
import { arrayToken, objectToken, stringToken, token, type Entry, type Token } from './json-tokens';
import { junkValue, pollutingValue } from './junk-tokens';
import { isKnownVersion, LEGACY_VERSION } from './saved-journey-oracle';
import { answersToken } from './saved-answers-arbitraries';

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

const invalidVersion: fc.Arbitrary<Token> = fc.oneof(
  fc.constantFrom(0, JOURNEY_VERSION + 1, -1, 1.5, '1', String(JOURNEY_VERSION), 'v1', null, true, [1], { version: 1 }, HUGE).map(token),
  fc.integer().filter((n) => !isKnownVersion(n)).map(token),
  junkValue.filter((t) => !isKnownVersion(t.value)),
);

/** Ticked checklist steps: step IDs, each once, in any order (a tick for a step no longer listed is kept, never counted). */
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
        fc.constantFrom<unknown>(...PROTOTYPE_KEYS.filter((key) => !isStepIdShaped(key)), 'delete everything', 'HOTSPOTONIOS', '<b>', '', HUGE, 1, null, ['fixRestart'], { fixRestart: true }),
        fc.string({ unit: 'binary' }).filter((v) => !isStepIdShaped(v)),
      ),
    )
    .map(([done, extra]) => arrayToken([...(done.value as string[]).map((v) => token(v)), token(extra)])),
  // Not a list at all.
  fc.constantFrom<unknown>('fixRestart', { fixRestart: true }, null, 1, true, HUGE).map(token),
  junkValue.filter((t) => !(Array.isArray(t.value) && t.value.length === 0)),
);

export const validStep = stringToken(fc.constantFrom(...STEP_IDS));

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

/** Anything else at the top level: prototype keys, unknown keys, or the record's own fields again. */
const extraTopLevelEntry: fc.Arbitrary<Entry> = fc.record({
  key: stringToken(fc.constantFrom(...PROTOTYPE_KEYS, 'extra', 'journey', 'version', 'step', 'answers', 'done', HUGE)),
  value: fc.oneof(validVersion, validStep, answersToken, validDone, invalidDone, junkValue, pollutingValue),
});

/** `{version, step, answers, done}` where each field is usually right and sometimes wrong, missing or repeated. */
export const nearValidRecord: fc.Arbitrary<Token> = fc
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
