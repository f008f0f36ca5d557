import { describe, expect, it } from 'vitest';
import { bringIntoViewTop } from '../../../../src/lib/practice/bring-into-view';

describe('where a new question card goes on screen', () => {
  const screen = { scrollY: 100, innerHeight: 800, offset: 8 };
  it('stays where it is in the upper half, below the bar', () => {
    expect(bringIntoViewTop({ ...screen, cardTop: 8 })).toBeUndefined();
    expect(bringIntoViewTop({ ...screen, cardTop: 399 })).toBeUndefined();
  });
  it('moves up to just below the bar from the lower half, and down from under the bar', () => {
    expect(bringIntoViewTop({ ...screen, cardTop: 590 })).toBe(682);
    expect(bringIntoViewTop({ ...screen, cardTop: 2 })).toBe(94);
  });
  it('never scrolls above the page', () => {
    expect(bringIntoViewTop({ ...screen, scrollY: 0, cardTop: -50 })).toBe(0);
  });
});
