/** Build-time view of the 2024 work plan: the parsed 原文 with mends applied, and the guide's tasks. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { getDuties, getRegulation, getTasks } from './content';
import { applyMends, parsePlan, partNumeral, type Segment } from '../lib/work-plan';
import { routes } from '../lib/routes';

export interface OriginalTask {
  number: number;
  segments: Segment[];
}
export interface OriginalPart {
  number: number;
  heading: Segment[];
  tasks: OriginalTask[];
}

/** Reads content/work-plan/original.txt and applies content/work-plan/mends.yaml; a mend that does not match breaks the build. */
export async function getOriginalPlan() {
  const raw = readFileSync(path.resolve('content/work-plan/original.txt'), 'utf8');
  const plan = parsePlan(raw);
  const mends = (await getCollection('mends')).map((m) => m.data);
  const at = (where: string) => mends.filter((m) => m.at === where);
  const used = new Set<string>();
  const mark = (where: string, text: string) => {
    const list = at(where);
    list.forEach((m) => used.add(m.id));
    return applyMends(text, list);
  };
  const parts: OriginalPart[] = plan.parts.map((p) => ({
    number: p.number,
    heading: mark(`part-${p.number}`, p.heading),
    tasks: p.tasks.map((t) => ({ number: t.number, segments: mark(`task-${t.number}`, t.text) })),
  }));
  const header = mark('header', plan.header);
  const unused = mends.filter((m) => !used.has(m.id));
  if (unused.length) throw new Error(`content/work-plan/mends.yaml：这些校注的位置不存在：${unused.map((m) => m.id).join(', ')}`);
  const taskTotal = parts.reduce((n, p) => n + p.tasks.length, 0);
  if (parts.length !== 5 || taskTotal !== 20)
    throw new Error(`工作要点原文应有5个部分、20项任务，实际 ${parts.length} 部分、${taskTotal} 项`);
  return { header, opening: plan.opening, parts, issuer: plan.issuer, date: plan.date, mendCount: mends.length };
}

/**
 * The 解读 page: the five parts with their headings as the 原文 has them (校注 included, from mends.yaml), each with its
 * tasks from content/work-plan; the deadlines of all tasks by date; and the enterprise duties.
 */
export async function getWorkPlanGuide() {
  const plan = await getOriginalPlan();
  const tasks = await getTasks();
  const byNumber = new Map(tasks.map((t) => [t.data.number, t.data]));
  const parts = plan.parts.map((p) => ({
    number: p.number,
    numeral: partNumeral(p.number),
    heading: p.heading,
    start: p.tasks[0]?.number ?? 1,
    tasks: p.tasks.map((o) => {
      const t = byNumber.get(o.number);
      if (!t) throw new Error(`content/work-plan/tasks：缺少第${o.number}项（原文第${partNumeral(p.number)}部分有这一项）`);
      return { ...t, href: routes.workPlanTask(t.number), originalHref: routes.workPlanOriginal(t.number) };
    }),
  }));
  const deadlines = tasks
    .flatMap((t) => t.data.deadlines.map((d) => ({ ...d, task: t.data.number, originalHref: routes.workPlanOriginal(t.data.number) })))
    .sort((a, b) => a.sortKey.localeCompare(b.sortKey) || a.task - b.task);
  const duties = (await getDuties()).map((d) => ({ ...d.data, originalHref: routes.workPlanOriginal(d.data.task) }));
  return { parts, deadlines, duties };
}

/** One view per task page: the task, its 原文 with 校注, its enterprise duties and the neighbouring task numbers. */
export async function getWorkPlanTaskPages() {
  const plan = await getOriginalPlan();
  const originals = new Map(plan.parts.flatMap((p) => p.tasks).map((t) => [t.number, t]));
  const duties = (await getDuties()).map((d) => d.data);
  const tasks = (await getTasks()).map((t) => t.data);
  // Deadlines are judged against the date the plan's facts were last checked.
  const asOf = (await getRegulation('work-plan-2024')).data.checkedOn;
  return tasks.map((task, i) => {
    const original = originals.get(task.number);
    if (!original) throw new Error(`content/work-plan/original.txt：没有第${task.number}项（tasks.yaml 有这一项）`);
    return {
      task,
      original,
      duties: duties.filter((d) => d.task === task.number),
      prev: tasks[i - 1]?.number,
      next: tasks[i + 1]?.number,
      asOf,
    };
  });
}
