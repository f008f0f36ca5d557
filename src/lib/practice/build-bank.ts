/** Builds the practice bank JSON from validated questions and criteria (at build time). */
import type { AppliesToLike } from '../applicability';
import { clauseLabel, domainOfArticle } from '../taxonomy';
import { JUDGE_OPTIONS, type BankQuestion, type QType } from './bank';

interface QuestionIn {
  id: string;
  type: QType;
  stem: string;
  options?: string[] | undefined;
  answer: string | boolean;
  explanation: string;
  criteria: string[];
  basis: { regulation: string; article?: number | undefined; item?: number | undefined; task?: number | undefined }[];
  difficulty: 1 | 2 | 3;
  oral?: string | undefined;
  modelAnswer?: string | undefined;
  angle?: string | undefined;
}
interface CriterionIn {
  id: string;
  article: number;
  item: number;
  appliesTo: AppliesToLike;
}

/** Merges the profile conditions of several criteria: a question applies when any of its criteria applies. */
function mergeAppliesTo(list: AppliesToLike[]): AppliesToLike {
  if (list.length === 0) return {};
  if (list.length === 1) return list[0]!;
  // Different criteria: keep only conditions shared by all, so the question is not hidden from anyone it concerns.
  const first = list[0]!;
  return list.every((a) => JSON.stringify(a) === JSON.stringify(first)) ? first : {};
}

/** Converts authored questions to the bank shape: answer indices, topics, clause labels and inherited conditions. */
export function buildBank(
  questions: readonly QuestionIn[],
  criteria: readonly CriterionIn[],
  regulationTitles: Readonly<Record<string, string>>,
): BankQuestion[] {
  const byId = new Map(criteria.map((c) => [c.id, c]));
  return questions.map((q) => {
    const crits = q.criteria.map((id) => byId.get(id)).filter((c): c is CriterionIn => !!c);
    const options = q.type === 'judge' ? JUDGE_OPTIONS : (q.options ?? []);
    const answer = typeof q.answer === 'boolean' ? [q.answer ? 0 : 1] : [...q.answer].map((l) => 'ABCDEF'.indexOf(l));
    const topics = crits.length ? [...new Set(crits.map((c) => domainOfArticle(c.article)!.slug))] : ['law'];
    const clauses = [
      ...crits.map((c) => clauseLabel(c.article, c.item)),
      ...q.basis.map(
        (b) =>
          `${regulationTitles[b.regulation] ?? b.regulation}${b.article ? clauseLabel(b.article, b.item) : b.task ? `第${b.task}项` : ''}`,
      ),
    ];
    return {
      id: q.id,
      type: q.type,
      stem: q.stem,
      options,
      answer,
      explanation: q.explanation,
      criteria: q.criteria,
      topics,
      clauses,
      difficulty: q.difficulty,
      appliesTo: mergeAppliesTo(crits.map((c) => c.appliesTo)),
      oral: q.oral,
      modelAnswer: q.modelAnswer,
      angle: q.angle,
    };
  });
}
