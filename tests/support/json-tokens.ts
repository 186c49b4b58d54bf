/** Builds JSON text together with the value it parses to, so a test can write a record in any spelling JSON allows. */
import fc from 'fast-check';

/** JSON text and the value JSON.parse gives for it (built without JSON.parse, so `__proto__` stays an own key). */
export interface Token {
  readonly text: string;
  readonly value: unknown;
}

export interface Entry {
  readonly key: Token;
  readonly value: Token;
}

export function token(value: unknown): Token {
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
export function objectToken(entries: readonly Entry[]): Token {
  const value: Record<string, unknown> = {};
  for (const { key, value: v } of entries) {
    Object.defineProperty(value, key.value as string, { value: v.value, enumerable: true, writable: true, configurable: true });
  }
  return { text: `{${entries.map((e) => `${e.key.text}:${e.value.text}`).join(',')}}`, value };
}

/** A string, sometimes with some characters written as JSON \u escapes (same value, other text). */
export function stringToken(arb: fc.Arbitrary<string>): fc.Arbitrary<Token> {
  return fc.tuple(arb, fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, fc.integer({ min: 1, max: 3 }))).map(
    ([s, step]) => ({ text: stringText(s, step), value: s }),
  );
}

/** A JSON array of these elements. */
export function arrayToken(items: readonly Token[]): Token {
  return { text: `[${items.map((t) => t.text).join(',')}]`, value: items.map((t) => t.value) };
}
