import { describe, expect, it } from 'vitest';
import { drawPaper, filterQuestions, optionOrder, paperCode } from '../../src/lib/practice/select';
import { isCorrect, scorePaper } from '../../src/lib/practice/score';
import { EXIT_STREAK, recordInBook, type WrongBook } from '../../src/lib/practice/wrong-book';
import { scheduleCard } from '../../src/lib/practice/review';
import { dueIds } from '../../src/lib/practice/cards';
import { Rating } from 'ts-fsrs';
import { EMPTY_PROFILE } from '../../src/lib/applicability';
import { bq } from '../fixtures/bank-questions';

const q = bq;
const bank = Array.from({ length: 60 }, (_, i) =>
  q(
    `q${i}`,
    i % 3 === 0
      ? { topics: ['dust'], criteria: ['a11-1'], appliesTo: { specials: ['dust'] } }
      : i % 3 === 1
        ? { topics: ['law'], criteria: [], appliesTo: {} }
        : {},
  ),
);

describe('drawing a paper', () => {
  it('gives the same questions in the same order for the same seed', () => {
    expect(drawPaper(bank, 20, 'abc').map((x) => x.id)).toEqual(drawPaper(bank, 20, 'abc').map((x) => x.id));
  });
  it('gives a different paper for a different seed', () => {
    expect(drawPaper(bank, 20, 'abc').map((x) => x.id)).not.toEqual(drawPaper(bank, 20, 'abd').map((x) => x.id));
  });
  it('draws n distinct questions spread across topics', () => {
    const p = drawPaper(bank, 12, 's');
    expect(new Set(p.map((x) => x.id)).size).toBe(12);
    for (const t of ['dust', 'law', 'metallurgy']) expect(p.filter((x) => x.topics[0] === t)).toHaveLength(4);
  });
  it('returns the whole pool when it is smaller than n', () => {
    expect(drawPaper(bank.slice(0, 3), 20, 's')).toHaveLength(3);
  });
  it('shuffles options deterministically but keeps judge options in order', () => {
    const x = q('x');
    expect(optionOrder(x, 's1')).toEqual(optionOrder(x, 's1'));
    expect([...optionOrder(x, 's1')].sort()).toEqual([0, 1, 2, 3]);
    const seeds = Array.from({ length: 20 }, (_, i) => optionOrder(x, `s${i}`).indexOf(1));
    expect(new Set(seeds).size).toBeGreaterThan(1);
    expect(optionOrder(q('j', { type: 'judge', options: ['正确', '错误'], answer: [0] }), 's')).toEqual([0, 1]);
  });
  it('gives a stable six-character paper code', () => {
    expect(paperCode('abc', ['q1', 'q2'])).toMatch(/^[0-9A-Z]{6}$/);
    expect(paperCode('abc', ['q1', 'q2'])).toBe(paperCode('abc', ['q1', 'q2']));
    expect(paperCode('abc', ['q1', 'q2'])).not.toBe(paperCode('abc', ['q2', 'q1']));
  });
});

describe('filtering by profile', () => {
  it('keeps only questions whose criteria apply, and the general ones', () => {
    const mine = filterQuestions(bank, { profile: { ...EMPTY_PROFILE, specials: ['dust'] } });
    expect(mine.every((x) => x.topics[0] !== 'metallurgy')).toBe(true);
    expect(mine.some((x) => x.topics[0] === 'law')).toBe(true);
  });
});

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

describe('wrong-answer book', () => {
  it(`adds on a wrong answer and removes after ${EXIT_STREAK} right answers in a row`, () => {
    let b: WrongBook = {};
    b = recordInBook(b, 'q1', false, 't1');
    expect(b.q1?.misses).toBe(1);
    b = recordInBook(b, 'q1', true, 't2');
    expect(b.q1?.streak).toBe(1);
    b = recordInBook(b, 'q1', false, 't3');
    expect(b.q1).toMatchObject({ streak: 0, misses: 2 });
    b = recordInBook(b, 'q1', true, 't4');
    b = recordInBook(b, 'q1', true, 't5');
    expect(b.q1).toBeUndefined();
  });
  it('ignores right answers to questions that are not in the book', () => {
    expect(recordInBook({}, 'q9', true, 't')).toEqual({});
  });
});

describe('spaced review', () => {
  const now = new Date('2026-11-29T08:00:00Z');
  it('a forgotten card is due again sooner than a well-known one', () => {
    const again = scheduleCard(undefined, Rating.Again, now);
    const easy = scheduleCard(undefined, Rating.Easy, now);
    expect(new Date(again.due).getTime()).toBeLessThan(new Date(easy.due).getTime());
  });
  it('counts due cards only for questions still in the bank', () => {
    const cards = {
      a: scheduleCard(undefined, Rating.Again, now),
      gone: scheduleCard(undefined, Rating.Again, now),
      b: scheduleCard(undefined, Rating.Easy, now),
    };
    const later = new Date(now.getTime() + 60 * 60 * 1000);
    expect(dueIds(cards, later, new Set(['a', 'b']))).toEqual(['a']);
  });
});
