import { describe, expect, it } from 'vitest';
import { EXIT_STREAK, recordInBook, type WrongBook } from '../../../../src/lib/practice/wrong-book';

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
