/** Gathers every cross-reference of the content into ContentRef records, for the build check and the content suite. */
import { refsFromIds, type ContentRef, type KnownIds } from './content-refs';

interface Entry<T> {
  id: string;
  file: string;
  data: T;
}
interface BasisLike {
  regulation: string;
}

/** The parts of each collection that hold references; plain data, so tests can pass the real content or fixtures. */
export interface ContentSet {
  criteria: Entry<{ basis: BasisLike[]; penalty?: BasisLike | undefined; facts: string[] }>[];
  regulations: Entry<{ replacedBy?: string | undefined; facts: string[] }>[];
  cases: Entry<{ criteria: { id: string }[] }>[];
  questions: Entry<{ criteria: string[]; basis: BasisLike[] }>[];
  duties: Entry<{ basis: BasisLike[] }>[];
  kits: Entry<{ criteria: string[] }>[];
  changes: Entry<{ criteria: string[]; regulations: string[]; questions: string[] }>[];
  facts: { id: string }[];
}

/** The ids that exist in a content set. */
export function knownIds(set: ContentSet): KnownIds {
  const ids = (list: readonly { id: string }[]) => new Set(list.map((e) => e.id));
  return {
    criterion: ids(set.criteria),
    regulation: ids(set.regulations),
    case: ids(set.cases),
    question: ids(set.questions),
    fact: ids(set.facts),
    change: ids(set.changes),
  };
}

const basisRefs = (file: string, entry: string, basis: readonly BasisLike[]): ContentRef[] =>
  basis.map((b, i) => ({ file, entry, field: `basis.${i}.regulation`, kind: 'regulation' as const, target: b.regulation }));

/** Every reference written in the content set, with file, entry and field. */
export function collectRefs(set: ContentSet): ContentRef[] {
  const out: ContentRef[] = [];
  for (const { id, file, data } of set.criteria) {
    out.push(...basisRefs(file, id, data.basis), ...refsFromIds(file, id, 'facts', 'fact', data.facts));
    if (data.penalty) out.push({ file, entry: id, field: 'penalty.regulation', kind: 'regulation', target: data.penalty.regulation });
  }
  for (const { id, file, data } of set.regulations) {
    out.push(...refsFromIds(file, id, 'facts', 'fact', data.facts));
    if (data.replacedBy) out.push({ file, entry: id, field: 'replacedBy', kind: 'regulation', target: data.replacedBy });
  }
  for (const { id, file, data } of set.cases) {
    out.push(...data.criteria.map((c, i) => ({ file, entry: id, field: `criteria.${i}.id`, kind: 'criterion' as const, target: c.id })));
  }
  for (const { id, file, data } of set.questions)
    out.push(...refsFromIds(file, id, 'criteria', 'criterion', data.criteria), ...basisRefs(file, id, data.basis));
  for (const { id, file, data } of set.duties) out.push(...basisRefs(file, id, data.basis));
  for (const { id, file, data } of set.kits) out.push(...refsFromIds(file, id, 'criteria', 'criterion', data.criteria));
  for (const { id, file, data } of set.changes) {
    out.push(
      ...refsFromIds(file, id, 'criteria', 'criterion', data.criteria),
      ...refsFromIds(file, id, 'regulations', 'regulation', data.regulations),
      ...refsFromIds(file, id, 'questions', 'question', data.questions),
    );
  }
  return out;
}
