import { describe, expect, it } from 'vitest';
import { isTapAction, takeEarlyAnswer, takeEarlyTap, tapView, TAP_ACTIONS, type EarlyTap } from '../../../../src/lib/practice/early-tap';

const ctx = { firstUnanswered: 7, openAttempts: 0, seed: 'abc123' };

describe('a tap kept from the build-time start screen', () => {
  it('is taken once, and afterwards nothing more is kept', () => {
    const tap: EarlyTap = { action: 'seq' };
    expect(takeEarlyTap(tap)).toBe('seq');
    expect(tap.taken).toBe(true);
    expect(takeEarlyTap(tap)).toBeUndefined();
  });

  it('with no tap yet, leaves the record open so a later tap is still kept', () => {
    const tap: EarlyTap = {};
    expect(takeEarlyTap(tap)).toBeUndefined();
    expect(tap.taken).toBeUndefined();
    tap.action = 'random';
    expect(takeEarlyTap(tap)).toBe('random');
  });

  it('gives a choice kept on the build-time first question to that question only, once', () => {
    const tap: EarlyTap = { action: 'seq', answer: { question: 'q-1', chosen: [2] } };
    expect(takeEarlyAnswer(tap, 'q-2')).toBeUndefined();
    expect(takeEarlyAnswer(tap, 'q-1')).toEqual({ chosen: [2], submitted: false });
    expect(takeEarlyAnswer(tap, 'q-1')).toBeUndefined();
    // 提交答案 tapped on the build-time card: the island judges the ticks at once.
    expect(takeEarlyAnswer({ answer: { question: 'q-1', chosen: [0, 1], submitted: true } }, 'q-1')).toEqual({
      chosen: [0, 1],
      submitted: true,
    });
    // Ticked and unticked again: nothing to carry over.
    expect(takeEarlyAnswer({ answer: { question: 'q-1', chosen: [] } }, 'q-1')).toBeUndefined();
    expect(takeEarlyAnswer(undefined, 'q-1')).toBeUndefined();
  });

  it('is nothing when the page has no inline script (the holder is missing)', () => {
    expect(takeEarlyTap(undefined)).toBeUndefined();
  });

  it('knows only the buttons the start screen marks', () => {
    expect(TAP_ACTIONS.every(isTapAction)).toBe(true);
    expect(isTapAction('wrong')).toBe(false);
    expect(isTapAction(undefined)).toBe(false);
  });

  it.each([
    ['seq', { kind: 'seq', i: 7 }],
    ['random', { kind: 'random', seed: 'abc123', i: 0 }],
    ['exam', { kind: 'exam', seed: 'abc123' }],
    ['spot', { kind: 'spot', seed: 'abc123' }],
    ['oral', { kind: 'oral', seed: 'abc123' }],
    ['manage', { kind: 'manage' }],
  ] as const)('%s opens the view its live button opens', (action, view) => {
    expect(tapView(action, ctx)).toEqual(view);
  });

  it('continues sequential practice at the first question when the loaded part is all answered', () => {
    expect(tapView('seq', { ...ctx, firstUnanswered: -1 })).toEqual({ kind: 'seq', i: 0 });
  });

  it('does not start a new mock exam over papers in progress (the live button asks first)', () => {
    expect(tapView('exam', { ...ctx, openAttempts: 2 })).toBeUndefined();
  });
});
