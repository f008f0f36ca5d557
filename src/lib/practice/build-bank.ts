/** Builds the practice bank JSON from validated questions and criteria (at build time). */
import type { AppliesToLike } from '../applicability';
import { clauseLabel, requireDomain } from '../taxonomy';
import { JUDGE_OPTIONS, OPTION_LETTERS, type BankQuestion, type QType } from './bank';

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
  pool?: 'main' | 'extension' | undefined;
  angle?: string | undefined;
}
interface CriterionIn {
  id: string;
  article: number;
  item: number;
  appliesTo: AppliesToLike;
}

/** The union of the lists when every criterion has one (a criterion without the list concerns everybody), else none. */
function union<T extends string>(lists: (readonly T[] | undefined)[]): T[] | undefined {
  return lists.every((l) => l) ? [...new Set(lists.flatMap((l) => l ?? []))] : undefined;
}

/**
 * Merges the profile conditions of several criteria: a question applies when any of its criteria applies.
 * Per condition: a list kept by every criterion becomes their union, a flag is kept only when all have it. The result
 * holds for everyone any of the criteria concerns (so nobody loses a question), yet a question on two tobacco items
 * stays a tobacco question instead of reaching every enterprise.
 */
export function mergeAppliesTo(list: AppliesToLike[]): AppliesToLike {
  const [first, ...rest] = list;
  if (!first) return {};
  if (!rest.length) return first;
  const out: AppliesToLike = {};
  const industries = union(list.map((a) => a.industries));
  if (industries) out.industries = industries;
  const specials = union(list.map((a) => a.specials));
  if (specials) out.specials = specials;
  const subSectors = union(list.map((a) => a.subSectors));
  if (subSectors) out.subSectors = subSectors;
  if (list.every((a) => a.metalSmelting)) out.metalSmelting = true;
  if (list.every((a) => a.contractors)) out.contractors = true;
  if (list.every((a) => a.specialOps)) out.specialOps = true;
  if (list.every((a) => a.dustWorkers30)) out.dustWorkers30 = true;
  return out;
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
    const answer = typeof q.answer === 'boolean' ? [q.answer ? 0 : 1] : [...q.answer].map((l) => OPTION_LETTERS.indexOf(l));
    const topics = crits.length ? [...new Set(crits.map((c) => requireDomain(c.article).slug))] : ['law'];
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
      // Only the exception is written, so the bank stays small: absent means the main pool.
      ...(q.pool === 'extension' ? { pool: 'extension' as const } : {}),
      angle: q.angle,
    };
  });
}
