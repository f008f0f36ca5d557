import { useRef } from 'preact/hooks';

/**
 * A ref that always holds the value of the latest render. An effect that must run only when its own triggers change
 * (a timer, a mount) calls the current callback through it, instead of re-running whenever a parent passes a new
 * function. The ref itself never changes, so listing it in the effect's dependencies adds no runs.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}
