// Comparisons that a failure reports as a bare true or false: the test suite's made-up keys and
// secrets look like real ones, and a failing assertion must never print them (see the e2e tests,
// which do the same).
import { isDeepStrictEqual } from 'node:util';

/** Whether `actual` deep-equals `expected` (a key, a secret, or something holding them). */
export function same(actual: unknown, expected: unknown): boolean {
  return isDeepStrictEqual(actual, expected);
}

/** Whether `actual` has every property of `expected` with an equal value (toMatchObject's question). */
export function holds(actual: unknown, expected: Record<string, unknown>): boolean {
  if (typeof actual !== 'object' || actual === null) return false;
  return Object.entries(expected).every(([name, value]) => isDeepStrictEqual((actual as Record<string, unknown>)[name], value));
}
