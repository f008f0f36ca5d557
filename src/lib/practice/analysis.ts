/**
 * What a result teaches: scores per topic and per article of a paper, accuracy per topic over all practice, and the
 * trend of past exams. Pure functions, shared by the result page, the statistics table and tests.
 */
import type { BankQuestion } from './bank';
import { isCorrect } from './score';

export interface GroupScore {
  key: string;
  right: number;
  total: number;
  /** 0–100, rounded. */
  score: number;
}

/** Groups a paper's questions by a key (a question may count in several groups) and scores each group; weakest first. */
export function scoreByGroup(
  questions: readonly BankQuestion[],
  answers: Readonly<Record<string, readonly number[]>>,
  keys: (q: BankQuestion) => readonly string[],
): GroupScore[] {
  const acc = new Map<string, { right: number; total: number }>();
  for (const q of questions) {
    const ok = isCorrect(q, answers[q.id] ?? []);
    for (const k of new Set(keys(q))) {
      const g = acc.get(k) ?? { right: 0, total: 0 };
      acc.set(k, { right: g.right + (ok ? 1 : 0), total: g.total + 1 });
    }
  }
  return [...acc.entries()]
    .map(([key, g]) => ({ key, ...g, score: Math.round((g.right / g.total) * 100) }))
    .sort((a, b) => a.score - b.score || b.total - a.total || a.key.localeCompare(b.key));
}

/** The article of 令第10号 a criterion id belongs to: a4-1 → a4. */
export const articleOf = (criterion: string): string => criterion.replace(/-\d+$/, '');

/** Scores per topic (domain slug, or 'law'). */
export const topicScores = (qs: readonly BankQuestion[], answers: Readonly<Record<string, readonly number[]>>) =>
  scoreByGroup(qs, answers, (q) => q.topics);

/** Scores per article of 令第10号 ('law' for questions resting only on other rules). */
export const articleScores = (qs: readonly BankQuestion[], answers: Readonly<Record<string, readonly number[]>>) =>
  scoreByGroup(qs, answers, (q) => (q.criteria.length ? q.criteria.map(articleOf) : ['law']));

export interface Answered {
  n: number;
  right: number;
}

export interface TopicAccuracy {
  topic: string;
  /** Questions in the bank with this topic. */
  total: number;
  /** Of those, answered at least once. */
  seen: number;
  /** Right answers / answers in %, null when none answered. */
  rate: number | null;
}

/** Accuracy per topic over every practice answer, weakest first, unpractised topics last. */
export function topicAccuracy(bank: readonly BankQuestion[], answered: Readonly<Record<string, Answered>>): TopicAccuracy[] {
  return [...new Set(bank.flatMap((q) => q.topics))]
    .map((topic) => {
      const qs = bank.filter((q) => q.topics.includes(topic));
      const done = qs.map((q) => answered[q.id]).filter((a): a is Answered => !!a);
      const n = done.reduce((s, a) => s + a.n, 0);
      const right = done.reduce((s, a) => s + a.right, 0);
      return { topic, total: qs.length, seen: done.length, rate: n ? Math.round((right / n) * 100) : null };
    })
    .sort((a, b) => (a.rate ?? 101) - (b.rate ?? 101));
}

/** Scores of past exams for a trend line, oldest first (history is stored newest first). */
export function examTrend(history: readonly { score: number; at: string; passed: boolean }[], last = 10) {
  return history.slice(0, last).reverse();
}
