import { describe, expect, it } from 'vitest';
import { prefixReady, type PrefixContext } from '../../../src/islands/practice/bank-ready';

const ctx = (over: Partial<PrefixContext> = {}): PrefixContext => ({
  loaded: new Set(['q-a3-1-1', 'q-a3-1-2']),
  poolInBankOrder: true,
  drillLength: undefined,
  firstUnanswered: 0,
  ...over,
});

describe('which practice views can show on the loaded part of the bank', () => {
  it('home: only when 继续顺序练习 already points at the right question', () => {
    expect(prefixReady({ kind: 'home' }, [], ctx())).toBe(true);
    expect(prefixReady({ kind: 'home' }, [], ctx({ firstUnanswered: -1 }))).toBe(false);
    expect(prefixReady({ kind: 'home' }, [], ctx({ poolInBankOrder: false }))).toBe(false);
  });

  it('a link with a problem waits: the criterion may be in a chunk not loaded yet', () => {
    expect(prefixReady({ kind: 'home' }, ['没有判定标准 a13-9'], ctx())).toBe(false);
  });

  it('drills in bank order start once their question is loaded; a profile reorders 顺序 and 专项, so they wait', () => {
    expect(prefixReady({ kind: 'seq', i: 1 }, [], ctx({ drillLength: 2 }))).toBe(true);
    expect(prefixReady({ kind: 'seq', i: 2 }, [], ctx({ drillLength: 2 }))).toBe(false);
    expect(prefixReady({ kind: 'seq', i: 0 }, [], ctx({ drillLength: 2, poolInBankOrder: false }))).toBe(false);
    expect(prefixReady({ kind: 'topic', topic: 'gas', i: 0 }, [], ctx({ drillLength: 1 }))).toBe(true);
    expect(prefixReady({ kind: 'criterion', criterion: 'a3-1', i: 0 }, [], ctx({ drillLength: 1, poolInBankOrder: false }))).toBe(true);
    expect(prefixReady({ kind: 'criterion', criterion: 'a3-1', i: 0 }, [], ctx({ drillLength: 0 }))).toBe(false);
  });

  it('one question by id: when it is loaded', () => {
    expect(prefixReady({ kind: 'question', id: 'q-a3-1-2' }, [], ctx())).toBe(true);
    expect(prefixReady({ kind: 'question', id: 'q-a9-1-1' }, [], ctx())).toBe(false);
  });

  it('draws and id lists wait for the whole bank', () => {
    expect(prefixReady({ kind: 'random', seed: 'x', i: 0 }, [], ctx({ drillLength: 2 }))).toBe(false);
    expect(prefixReady({ kind: 'exam', seed: 'x' }, [], ctx())).toBe(false);
    expect(prefixReady({ kind: 'wrong', i: 0 }, [], ctx({ drillLength: 2 }))).toBe(false);
    expect(prefixReady({ kind: 'oral', seed: 'x' }, [], ctx())).toBe(false);
  });
});
