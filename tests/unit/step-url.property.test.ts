import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STEP_IDS, type StepId } from '../../src/journey/steps';
import { stepFromSearch, urlForStep, type StepInUrl } from '../../src/journey/step-url';

const RUNS = { numRuns: 1000 } as const;

const HUGE = 'x'.repeat(100_000);
const SCRIPTS = [
  '<script>alert(1)</script>',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  "'; DROP TABLE journeys; --",
  '__proto__',
  'constructor',
  'prototype',
] as const;
const PERCENT_FRAGMENTS = ['%', '%2', '%zz', '%00', '%E0%A4', '%FF', '%C0%AF', '%ED%A0%80', '%25', '%2F', '%3F', '%26', '%3D', '%23', '+', '#', '&', '=', ';', '?'] as const;
const PATHNAMES = ['/', '/app/', '/esim-hotspot-helper/', '/esim-hotspot-helper/index.html'] as const;

function isStepIdString(value: string): value is StepId {
  return (STEP_IDS as readonly string[]).includes(value);
}

/** A step ID with some of its characters percent-encoded (URLSearchParams decodes them back). */
const encodedStep: fc.Arbitrary<{ text: string; step: StepId }> = fc
  .tuple(fc.constantFrom(...STEP_IDS), fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }))
  .map(([step, mask]) => ({
    step,
    text: [...step]
      .map((ch, i) => (mask[i] ? `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}` : ch))
      .join(''),
  }));

const percentSoup = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PERCENT_FRAGMENTS),
      fc.integer({ min: 0, max: 255 }).map((n) => `%${n.toString(16).padStart(2, '0')}`),
      fc.string({ maxLength: 4 }),
      fc.constantFrom(...STEP_IDS),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

const stepValue = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  percentSoup,
  fc.constantFrom(...SCRIPTS, HUGE, `${HUGE}device`, `device${HUGE}`, '%'.repeat(100_000), 'device'.repeat(17_000)),
  encodedStep.map((e) => e.text),
);

const paramName = fc.constantFrom('step', 'STEP', 'Step', 'st%65p', 'step ', 'steps', 'x', '', '__proto__');

const repeatedParams = fc
  .array(fc.tuple(paramName, fc.option(stepValue, { nil: undefined })), { minLength: 1, maxLength: 6 })
  .map((pairs) => pairs.map(([name, value]) => (value === undefined ? name : `${name}=${value}`)).join('&'));

const search = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  stepValue.map((v) => `?step=${v}`),
  stepValue.map((v) => `step=${v}`),
  percentSoup.map((v) => `?${v}`),
  fc.tuple(fc.constantFrom('', '?'), repeatedParams).map(([q, rest]) => q + rest),
);

function read(text: string): StepInUrl {
  let result: StepInUrl | undefined;
  expect(() => {
    result = stepFromSearch(text);
  }).not.toThrow();
  return result!;
}

function expectWellFormed(result: StepInUrl): void {
  expect(['none', 'step', 'unknown']).toContain(result.kind);
  if (result.kind === 'step') expect(STEP_IDS).toContain(result.step);
}

describe('stepFromSearch (property-based)', () => {
  it('never throws on arbitrary search strings and names only real steps', () => {
    fc.assert(
      fc.property(search, (text) => {
        expectWellFormed(read(text));
      }),
      RUNS,
    );
  });

  it('reads a step whatever its characters are percent-encoded as', () => {
    fc.assert(
      fc.property(encodedStep, fc.constantFrom('', '&x=1', '&step=admin', '#step=start'), ({ text, step }, rest) => {
        const result = read(`?step=${text}${rest}`);
        // A '#' after the value belongs to the value when the string is given as is.
        expect(result).toEqual(rest.startsWith('#') ? { kind: 'unknown' } : { kind: 'step', step });
      }),
      RUNS,
    );
  });

  it('calls any value that is not a step ID unknown', () => {
    const notAStep = stepValue.filter((v) => !isStepIdString(new URLSearchParams(`step=${v}`).get('step') ?? ''));
    fc.assert(
      fc.property(notAStep, (value) => {
        expect(read(`?step=${value}`)).toEqual({ kind: 'unknown' });
      }),
      RUNS,
    );
  });

  it('takes the first step parameter when it is repeated', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STEP_IDS), stepValue, fc.constantFrom('x=1&', ''), (step, other, before) => {
        expect(read(`?${before}step=${step}&step=${other}`)).toEqual({ kind: 'step', step });
      }),
      RUNS,
    );
  });

  it('gives none when there is no step parameter', () => {
    const withoutStep = fc
      .array(fc.tuple(fc.constantFrom('x', 'lang', 'STEP', 'steps', 'utm_source'), stepValue), { maxLength: 4 })
      .map((pairs) => `?${pairs.map(([n, v]) => `${n}=${v.replace(/[&;#]/g, '')}`).join('&')}`)
      .filter((text) => !new URLSearchParams(text).has('step'));
    fc.assert(
      fc.property(withoutStep, (text) => {
        expect(read(text)).toEqual({ kind: 'none' });
      }),
      RUNS,
    );
  });

  it('round-trips every step through its URL', () => {
    for (const step of STEP_IDS) {
      const back = stepFromSearch(new URL(urlForStep(step, '/'), 'http://x').search);
      expect(back, step).toEqual(step === 'start' ? { kind: 'none' } : { kind: 'step', step });
    }
  });

  it('round-trips every step under any app path', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STEP_IDS), fc.constantFrom(...PATHNAMES), (step, pathname) => {
        const url = new URL(urlForStep(step, pathname), 'http://x');
        expect(url.pathname).toBe(pathname);
        expect(stepFromSearch(url.search)).toEqual(step === 'start' ? { kind: 'none' } : { kind: 'step', step });
      }),
      RUNS,
    );
  });

  it('writes every address on the page’s own host, whatever slashes and segments the path has', () => {
    // As a location's path can be: anything else in it is percent-encoded.
    const segment = fc.oneof(
      fc.constantFrom('', '.', '..', 'app', 'index.html', '%2F', '%5C', '@evil.example', '\\'),
      fc.string({ maxLength: 6 }).map(encodeURIComponent),
    );
    const path = fc
      .tuple(fc.integer({ min: 1, max: 40 }), fc.array(segment, { maxLength: 5 }))
      .map(([slashes, segments]) => '/'.repeat(slashes) + segments.join('/'));
    fc.assert(
      fc.property(fc.constantFrom(...STEP_IDS), path, (step, pathname) => {
        const address = urlForStep(step, pathname);
        expect(address.startsWith('/')).toBe(true);
        expect(address.startsWith('//')).toBe(false);
        expect(new URL(address, 'https://app.example/').host).toBe('app.example');
        expect(stepFromSearch(new URL(address, 'https://app.example/').search)).toEqual(step === 'start' ? { kind: 'none' } : { kind: 'step', step });
      }),
      RUNS,
    );
  });
});
