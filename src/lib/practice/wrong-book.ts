/**
 * The wrong-answer book. Rule (stated to the user): a question enters on a wrong answer and leaves after it is answered
 * right twice in a row; a wrong answer resets the count. The user can also remove one or clear all.
 */
export const EXIT_STREAK = 2;
export const WRONG_BOOK_RULE = `答错的题进入错题本；在任何练习中连续答对 ${EXIT_STREAK} 次即自动移出，答错则重新计数。`;

export interface WrongEntry {
  /** Right answers in a row since the last mistake. */
  streak: number;
  /** When it last went wrong (ISO). */
  lastWrong: string;
  /** How many times it went wrong. */
  misses: number;
}
export type WrongBook = Record<string, WrongEntry>;

/** Applies one answer to the book and returns the new book. */
export function recordInBook(book: WrongBook, id: string, correct: boolean, now: string): WrongBook {
  const cur = book[id];
  if (!correct) return { ...book, [id]: { streak: 0, lastWrong: now, misses: (cur?.misses ?? 0) + 1 } };
  if (!cur) return book;
  const streak = cur.streak + 1;
  if (streak >= EXIT_STREAK) {
    const next = { ...book };
    delete next[id];
    return next;
  }
  return { ...book, [id]: { ...cur, streak } };
}
