/** Builds the search records and the sharded index from the validated collections (build time only). */
import { getCriteria, getRegulations, getTasks } from './content';
import { getBankChunks } from './bank';
import { getOriginalPlan } from './work-plan';
import { buildRecords, questionRecord, type SearchRecord } from '../lib/search/records';
import { buildIndex, type BuiltIndex } from '../lib/search/shards';
import { clauseLabel } from '../lib/taxonomy';
import { getCaseViews, sectionSearchText } from './cases';

/** Records of criteria, regulation articles, tasks and case sections; questions are not here (they come from the bank). */
export async function getSearchRecords(): Promise<SearchRecord[]> {
  const criteria = await getCriteria();
  const regulations = await getRegulations();
  const plan = await getOriginalPlan();
  const originals = new Map(plan.parts.flatMap((p) => p.tasks).map((t) => [t.number, t.segments.map((s) => s.text).join('')]));
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
  });
}

let index: Promise<BuiltIndex> | undefined;

/** The sharded index (manifest, chunk files, dictionary shards), built once per build for all its routes. */
export function getSearchIndex(): Promise<BuiltIndex> {
  index ??= (async () =>
    buildIndex(
      await getSearchRecords(),
      (await getBankChunks()).map((c) => c.map(questionRecord)),
    ))();
  return index;
}
