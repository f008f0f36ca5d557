/**
 * Build-time access to the validated collections, sorted and cross-linked.
 * Pages read these view models; they never sort or join collections themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkContentRefs } from './refs';
import { requireDomain } from '../lib/taxonomy';

export type CriterionEntry = CollectionEntry<'criteria'>;
export type RegulationEntry = CollectionEntry<'regulations'>;
export type CaseEntry = CollectionEntry<'cases'>;
export type QuestionEntry = CollectionEntry<'questions'>;

/** All criteria in legal order (article, then item). */
export async function getCriteria(): Promise<CriterionEntry[]> {
  await checkContentRefs(); // every page that lists criteria stops the build on a broken reference
  const all = await getCollection('criteria');
  return all.sort((a, b) => a.data.article - b.data.article || a.data.item - b.data.item);
}

/** All regulations in display order. */
export async function getRegulations(): Promise<RegulationEntry[]> {
  return (await getCollection('regulations')).sort((a, b) => a.data.order - b.data.order);
}

/** One regulation by id; a missing one breaks the build naming the folder (pages that need it cannot render). */
export async function getRegulation(id: string): Promise<RegulationEntry> {
  const r = (await getRegulations()).find((x) => x.id === id);
  if (!r) throw new Error(`content/regulations：缺少 ${id}`);
  return r;
}

/** Short title of each regulation by id (安全生产法…): the one map behind clause citations in checks, bank and search. */
export async function regulationShortTitles(): Promise<Record<string, string>> {
  return Object.fromEntries((await getRegulations()).map((r) => [r.id, r.data.shortTitle]));
}

/** All cases, newest first. */
export async function getCases(): Promise<CaseEntry[]> {
  return (await getCollection('cases')).sort((a, b) => b.data.date.localeCompare(a.data.date));
}

/** All questions in file order. */
export async function getQuestions(): Promise<QuestionEntry[]> {
  return getCollection('questions');
}

/** The work plan's tasks in order. */
export async function getTasks() {
  return (await getCollection('tasks')).sort((a, b) => a.data.number - b.data.number);
}

/** The enterprise duties of the work plan, by task. */
export async function getDuties() {
  return (await getCollection('duties')).sort((a, b) => a.data.task - b.data.task);
}

/** Index of cases per criterion id. */
export async function casesByCriterion(): Promise<Map<string, CaseEntry[]>> {
  const map = new Map<string, CaseEntry[]>();
  for (const c of await getCases()) {
    for (const ref of c.data.criteria) map.set(ref.id, [...(map.get(ref.id) ?? []), c]);
  }
  return map;
}

/** Index of criteria per regulation id (via basis and penalty), plus every criterion under 令第10号. */
export async function criteriaByRegulation(): Promise<Map<string, CriterionEntry[]>> {
  const map = new Map<string, CriterionEntry[]>();
  const add = (reg: string, c: CriterionEntry) => {
    const list = map.get(reg) ?? [];
    if (!list.includes(c)) map.set(reg, [...list, c]);
  };
  for (const c of await getCriteria()) {
    for (const b of c.data.basis) add(b.regulation, c);
    if (c.data.penalty) add(c.data.penalty.regulation, c);
  }
  return map;
}

/** Group label of a criterion (管理类 / 行业类 / 专项类) and its domain. */
export function criterionDomain(c: CriterionEntry) {
  return requireDomain(c.data.article);
}
