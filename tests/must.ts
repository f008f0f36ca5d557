/**
 * The value, or a clear failure naming what was missing. Tests use it where src uses a type guard, instead of a `!`
 * that would only surface as "cannot read properties of undefined" further down.
 */
export function must<T>(value: T | null | undefined, what = 'a value'): T {
  if (value === null || value === undefined) throw new Error(`expected ${what}, got ${String(value)}`);
  return value;
}
