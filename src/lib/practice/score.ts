import type { BankQuestion } from './bank';

/**
 * Scoring rule: a question is right only when the chosen options are exactly the right ones.
 * 多选 and multi-answer 情景题 are all-or-nothing: a missing or an extra option scores zero.
 */
export function isCorrect(q: BankQuestion, chosen: readonly number[]): boolean {
  if (chosen.length !== q.answer.length) return false;
  const set = new Set(chosen);
  return q.answer.every((a) => set.has(a));
}

export interface ExamResult {
  correct: number;
  total: number;
  /** 0–100, rounded. */
  score: number;
  passed: boolean;
}

/** Scores a paper out of 100 with equal weight per question. Unanswered questions count as wrong. */
export function scorePaper(questions: readonly BankQuestion[], answers: Readonly<Record<string, number[]>>, passMark: number): ExamResult {
  const correct = questions.filter((q) => isCorrect(q, answers[q.id] ?? [])).length;
  const score = questions.length ? Math.round((correct / questions.length) * 100) : 0;
  return { correct, total: questions.length, score, passed: score >= passMark };
}
