import { describe, expect, it } from 'vitest';
import { isCorrect, scorePaper } from '../../../../src/lib/practice/score';
import { bq } from '../../../fixtures/bank-questions';

const q = bq;

describe('scoring', () => {
  const multi = q('m', { type: 'multiple', answer: [0, 2] });
  it.each([
    ['single right', q('s'), [1], true],
    ['single wrong', q('s'), [2], false],
    ['multiple exact', multi, [2, 0], true],
    ['multiple missing one scores zero', multi, [0], false],
    ['multiple with an extra scores zero', multi, [0, 1, 2], false],
    ['judge right', q('j', { type: 'judge', options: ['正确', '错误'], answer: [1] }), [1], true],
    ['nothing chosen', q('s'), [], false],
  ])('%s', (_n, question, chosen, expected) => {
    expect(isCorrect(question, chosen)).toBe(expected);
  });
  it('scores a paper out of 100 and applies the pass mark', () => {
    const paper = [q('a'), q('b'), q('c'), q('d'), q('e')];
    const r = scorePaper(paper, { a: [1], b: [1], c: [1], d: [1], e: [0] }, 80);
    expect(r).toEqual({ correct: 4, total: 5, score: 80, passed: true });
    expect(scorePaper(paper, { a: [1] }, 80).passed).toBe(false);
  });
});
