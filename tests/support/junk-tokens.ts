import fc from 'fast-check';
import { HUGE, SENTINEL } from './hostile-input';
import { objectToken, token, type Token } from './json-tokens';

/** Values that try to plant SENTINEL on Object.prototype. */
export const pollutingValue = fc.constantFrom<Token>(
  token({ [SENTINEL]: true }),
  objectToken([{ key: token('prototype'), value: token({ [SENTINEL]: true }) }]),
  objectToken([{ key: token('__proto__'), value: token({ [SENTINEL]: true }) }]),
);

/** Any JSON value, edge cases and pollution attempts: what a field may hold instead of what it should. */
export const junkValue: fc.Arbitrary<Token> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }).map(token),
  fc.constantFrom(token(null), token(true), token(0), token(-1), token(''), token([]), token({}), token(HUGE)),
  pollutingValue,
);
