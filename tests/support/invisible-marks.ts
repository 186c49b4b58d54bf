import fc from 'fast-check';

/** Marks copied text carries that nobody sees: direction marks and isolates, zero-width characters, the BOM. */
export const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u061c', '\u2060', '\ufeff'];

/** The text with invisible marks slipped in anywhere, as many as it has characters. */
export const sprinkled = (text: string) =>
  fc
    .array(fc.tuple(fc.nat(text.length), fc.constantFrom(...INVISIBLE)), { maxLength: text.length + 1 })
    .map((marks) => marks.reduce((out, [at, mark]) => out.slice(0, at) + mark + out.slice(at), text));

/** Any text a person might paste, up to 100,000 characters: short text in any script, or a long repeat. */
export const pastedText = fc.oneof(
  fc.string({ maxLength: 200, unit: 'grapheme' }),
  fc.tuple(fc.string({ maxLength: 8 }), fc.integer({ min: 1, max: 100_000 })).map(([chunk, length]) => chunk.repeat(length).slice(0, 100_000)),
);
