/** Builds the search records from the validated collections (build time only). */
import { getCriteria, getRegulations, getTasks } from './content';
import { getOriginalPlan } from './work-plan';
import { buildRecords } from '../lib/search/records';
import { getBank } from './practice';
import { clauseLabel } from '../lib/taxonomy';
import { getCaseViews, sectionSearchText } from './cases';

export async function getSearchRecords() {
  const criteria = await getCriteria();
  const regulations = await getRegulations();
  const plan = await getOriginalPlan();
  const originals = new Map(plan.parts.flatMap((p) => p.tasks).map((t) => [t.number, t.segments.map((s) => s.text).join('')]));
  const bank = await getBank();
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
    cases: (await getCaseViews()).map(({ entry: c, sections }) => ({
      id: c.id,
      title: c.data.title,
      place: c.data.place,
      summary: c.data.summary,
      // 来源 is not searched: it names publishers and documents, not what happened.
      sections: sections.filter((s) => s.kind !== 'sources').map((s) => ({ id: s.id, label: s.label, text: sectionSearchText(s) })),
    })),
    questions: bank.map((q) => ({ id: q.id, stem: q.stem, options: q.options, explanation: q.explanation, clauses: q.clauses })),
  });
}
