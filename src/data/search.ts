/** Builds the search records from the validated collections (build time only). */
import { getCases, getCriteria, getQuestions, getRegulations, getTasks } from './content';
import { getOriginalPlan } from './work-plan';
import { buildRecords } from '../lib/search/records';
import { buildBank } from '../lib/practice/build-bank';
import { clauseLabel } from '../lib/taxonomy';
import { CASE_SECTION_LABELS } from '../schemas/case';

export async function getSearchRecords() {
  const criteria = await getCriteria();
  const regulations = await getRegulations();
  const plan = await getOriginalPlan();
  const originals = new Map(plan.parts.flatMap((p) => p.tasks).map((t) => [t.number, t.segments.map((s) => s.text).join('')]));
  const titles = Object.fromEntries(regulations.map((r) => [r.id, r.data.shortTitle]));
  const bank = buildBank(
    (await getQuestions()).map((q) => q.data),
    criteria.map((c) => ({ id: c.id, ...c.data })),
    titles,
  );
  return buildRecords({
    criteria: criteria.map((c) => ({ id: c.id, clause: clauseLabel(c.data.article, c.data.item), ...c.data, body: c.body ?? '' })),
    regulations: regulations.map((r) => ({
      id: r.id,
      title: r.data.title,
      docNumber: r.data.docNumber,
      body: r.body ?? '',
      articles: r.data.articles.map((a) => ({ ...a, clause: a.number ? clauseLabel(a.number) : '' })),
    })),
    tasks: (await getTasks()).map((t) => ({
      number: t.data.number,
      title: t.data.title,
      summary: t.data.summary,
      original: originals.get(t.data.number) ?? '',
    })),
    cases: (await getCases()).map((c) => ({
      id: c.id,
      title: c.data.title,
      place: c.data.place,
      summary: c.data.summary,
      sections: [
        { id: 'process', label: CASE_SECTION_LABELS.process, text: c.data.process.join(' ') },
        { id: 'direct-cause', label: CASE_SECTION_LABELS['direct-cause'], text: c.data.directCause.join(' ') },
        { id: 'management-cause', label: CASE_SECTION_LABELS['management-cause'], text: c.data.managementCause.join(' ') },
        { id: 'lessons', label: CASE_SECTION_LABELS.lessons, text: c.data.lessons.join(' ') },
        { id: 'criteria', label: CASE_SECTION_LABELS.criteria, text: c.data.criteria.map((x) => x.why).join(' ') },
      ],
    })),
    questions: bank.map((q) => ({ id: q.id, stem: q.stem, options: q.options, explanation: q.explanation, clauses: q.clauses })),
  });
}
