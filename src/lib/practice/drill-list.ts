/**
 * Which questions a drill view shows, and under which title: one place that turns a deep-link view into a list,
 * so the router, a reload and Back all get the same drill.
 */
import type { PracticeView } from '../practice-link';
import type { BankQuestion } from './bank';
import { seededRandom, shuffle } from './random';
import { filterQuestions } from './select';

export interface DrillContext {
  bank: readonly BankQuestion[];
  /** The practice pool (profile-filtered when the user asked), in relevance order. */
  pool: readonly BankQuestion[];
  wrongIds: readonly string[];
  dueIds: readonly string[];
  favIds: readonly string[];
  hardIds: readonly string[];
  /** Question ids answered wrongly in a saved exam, by exam record id. */
  examWrong: (examId: string) => readonly string[] | undefined;
  topicLabel: (topic: string) => string;
}

export const RANDOM_SIZE = 20;

/** The title and questions of a drill view; undefined for views that are not drills. */
export function drillList(v: PracticeView, ctx: DrillContext): { title: string; list: BankQuestion[] } | undefined {
  const byId = new Map(ctx.bank.map((q) => [q.id, q]));
  const pick = (ids: readonly string[]) => ids.map((id) => byId.get(id)).filter((q): q is BankQuestion => !!q);
  switch (v.kind) {
    case 'seq':
      return { title: '顺序练习', list: [...ctx.pool] };
    case 'random':
      return { title: '随机练习', list: shuffle(ctx.pool, seededRandom(`random:${v.seed}`)).slice(0, RANDOM_SIZE) };
    case 'topic':
      return { title: `专项练习：${ctx.topicLabel(v.topic)}`, list: filterQuestions(ctx.pool, { topics: [v.topic] }) };
    case 'criterion':
      // From a criterion page: every question on that criterion, whatever the profile.
      return { title: `本项练习：${v.criterion}`, list: filterQuestions(ctx.bank, { criteria: [v.criterion] }) };
    case 'question':
      return { title: '单题练习', list: pick([v.id]) };
    case 'wrong':
      return { title: '错题本', list: pick(ctx.wrongIds) };
    case 'due':
      return { title: '每日复习', list: pick(ctx.dueIds) };
    case 'fav':
      return { title: '收藏', list: pick(ctx.favIds) };
    case 'hard':
      return { title: '易错题', list: pick(ctx.hardIds) };
    case 'retry':
      return { title: '错题重练', list: pick(ctx.examWrong(v.exam) ?? []) };
    default:
      return undefined;
  }
}
