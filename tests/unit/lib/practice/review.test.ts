import { describe, expect, it } from 'vitest';
import { scheduleCard } from '../../../../src/lib/practice/review';
import { dueIds } from '../../../../src/lib/practice/cards';
import { Rating } from 'ts-fsrs';

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
