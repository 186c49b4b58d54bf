/** Hostile values the property tests send: huge strings, prototype keys and a pollution sentinel. */
import { QUESTION_OPTIONS } from './model';

/** A string far longer than any saved value or address. */
export const HUGE = 'x'.repeat(100_000);
/** Keys that reach Object.prototype when copied carelessly. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
/** A property the payloads try to plant on Object.prototype. */
export const SENTINEL = 'fcPollutionSentinel';
/** Every answer any question offers: one question's answer is a near miss for another. */
export const ALL_OPTIONS: readonly string[] = [...new Set(Object.values(QUESTION_OPTIONS).flat())];
