/** View models for the change log: /changes/, the entries shown on each criterion page, and /data/changes.json. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { CHANGE_KIND_LABELS } from '../schemas/change';
import { mustGet } from '../lib/must';
import { routes } from '../lib/routes';
import { clauseLabel } from '../lib/taxonomy';
import { checkContentRefs } from './refs';

export type ChangeEntry = CollectionEntry<'changes'>;

/** A page a change entry touched, ready to link. */
export interface ChangeLink {
  href: string;
  label: string;
}

/** One change entry as pages show it. */
export interface ChangeView {
  id: string;
  date: string;
  kindLabel: string;
  title: string;
  summary: string;
  pending: boolean;
  links: ChangeLink[];
}

/** All change entries, newest first (same date: file order). */
export async function getChanges(): Promise<ChangeEntry[]> {
  await checkContentRefs();
  const all = await getCollection('changes');
  return all
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.data.date.localeCompare(a.c.data.date) || a.i - b.i)
    .map((x) => x.c);
}

/** The change log with every touched page resolved to a link (criteria, regulations, questions, other pages). */
export async function getChangeViews(): Promise<ChangeView[]> {
  const criteria = new Map((await getCollection('criteria')).map((c) => [c.id, c.data]));
  const regs = new Map((await getCollection('regulations')).map((r) => [r.id, r.data]));
  const regHref = (id: string) => (id === 'work-plan-2024' ? routes.workPlan() : routes.regulation(id));
  return (await getChanges()).map((c) => {
    const d = c.data;
    const links: ChangeLink[] = [
      ...d.criteria.map((id) => {
        const k = mustGet(criteria, id, '判定标准');
        return { href: routes.criterion(id), label: `${clauseLabel(k.article, k.item)} ${k.title}` };
      }),
      ...d.regulations.map((id) => ({ href: regHref(id), label: mustGet(regs, id, '法规').shortTitle })),
      ...d.pages.map((p) => ({ href: p, label: pageLabel(p) })),
    ];
    if (d.questions.length) links.push({ href: routes.practice(), label: `练习题 ${d.questions.length} 道（${d.questions.join('、')}）` });
    return {
      id: c.id,
      date: d.date,
      kindLabel: CHANGE_KIND_LABELS[d.kind],
      title: d.title,
      summary: d.summary,
      pending: d.confidence === 'M',
      links,
    };
  });
}

/** Change entries per criterion id, for the criterion pages. */
export async function changesByCriterion(): Promise<Map<string, ChangeView[]>> {
  const views = new Map((await getChangeViews()).map((v) => [v.id, v]));
  const map = new Map<string, ChangeView[]>();
  for (const c of await getChanges())
    for (const id of c.data.criteria) map.set(id, [...(map.get(id) ?? []), mustGet(views, c.id, '变更记录')]);
  return map;
}

const PAGE_LABELS: Record<string, string> = {
  [routes.selfCheck()]: '自查',
  [routes.practice()]: '练习',
  [routes.workPlan()]: '2024年工作要点',
};

/** A readable name for a site path listed in `pages`. */
function pageLabel(path: string): string {
  if (PAGE_LABELS[path]) return PAGE_LABELS[path];
  if (path.startsWith(routes.cases())) return `事故案例 ${path.split('/')[2]}`;
  return path;
}
