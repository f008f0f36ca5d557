/**
 * The self-check's place in its address, so that each step is a history entry (Back moves one step, reload stays) and a
 * link can open one assessment: `/self-check/` is the list, `?new` the new-assessment form, `?id=<id>&step=<step>` one
 * assessment at a step. Parsed like lib/paper.ts: anything unknown falls back to a usable view.
 */
import { isOneOf } from './one-of';

export const STEPS = ['profile', 'check', 'result', 'report'] as const;
export type Step = (typeof STEPS)[number];

export type SelfCheckView = { kind: 'list' } | { kind: 'new' } | { kind: 'open'; id: string; step: Step };

const ID = /^[a-z0-9-]{4,40}$/;

/** Reads the view from a query string; a bad id or step gives the list or the check step. */
export function parseSelfCheckUrl(search: string): SelfCheckView {
  const q = new URLSearchParams(search);
  if (q.has('new')) return { kind: 'new' };
  const id = q.get('id') ?? '';
  if (!ID.test(id)) return { kind: 'list' };
  const step = q.get('step') ?? '';
  return { kind: 'open', id, step: isOneOf(STEPS, step) ? step : 'check' };
}

/** The query string of a view ('' for the list). */
export function selfCheckQuery(v: SelfCheckView): string {
  if (v.kind === 'list') return '';
  if (v.kind === 'new') return '?new';
  return `?id=${encodeURIComponent(v.id)}&step=${v.step}`;
}
