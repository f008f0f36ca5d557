/**
 * View models of the case pages: each section with its label, content, 待核实 flag and resolved criteria. The case page,
 * the one-section pages, the handout, the slides and the search records all read these, so a section is defined once.
 * Pure (no astro:content at run time), so unit tests build views from plain entries; src/data/cases.ts loads them.
 */
import type { CaseEntry } from './content';
import {
  CASE_FACT_FIELDS,
  CASE_SECTION_FIELD,
  CASE_SECTION_LABELS,
  CASE_SECTIONS,
  type CaseFactField,
  type CaseSection,
} from '../schemas/case';
import type { Case } from '../schemas/case';
import { routes } from '../lib/routes';
import { clauseLabel } from '../lib/taxonomy';

/** A criterion the case illustrates, resolved to its clause and title. */
export interface CaseCriterionView {
  id: string;
  href: string;
  /** 第四条第（一）项 标题, or the bare id if the criterion is missing (the content tests catch that). */
  label: string;
  why: string;
}

interface SectionBase {
  id: CaseSection;
  label: string;
  /** The section's field is listed in `unverified`: shown with 待核实. */
  unverified: boolean;
  /** The section on its own page. */
  href: string;
}
/** One section of a case; `kind` decides which content it carries. */
export type CaseSectionView = SectionBase &
  (
    | { kind: 'paragraphs'; paragraphs: string[] }
    | { kind: 'list'; items: string[] }
    | { kind: 'criteria'; criteria: CaseCriterionView[] }
    | { kind: 'sources'; sources: Case['sources'] }
  );

/** The view of one case; `E` is the entry type (CaseEntry on pages, a plain { id, data } in tests). */
export interface CaseView<E extends CaseLike = CaseEntry> {
  entry: E;
  /** Sections in page order (CASE_SECTIONS). */
  sections: CaseSectionView[];
  /** Date, place or casualties is unconfirmed. */
  factsUnverified: boolean;
  criteria: CaseCriterionView[];
}

export type CriterionTitles = ReadonlyMap<string, { article: number; item: number; title: string }>;

/** A field that `unverified` can list (a type guard, so no cast is needed below). */
const isFactField = (field: string): field is CaseFactField => CASE_FACT_FIELDS.some((f) => f === field);
const isUnverified = (d: Case, field: string) => isFactField(field) && d.unverified.includes(field);

/** What a view needs of an entry: its id and validated data. */
export interface CaseLike {
  id: string;
  data: Case;
}

/** Builds one case's view from its entry and the criterion titles. */
export function caseView<E extends CaseLike>(entry: E, titles: CriterionTitles): CaseView<E> {
  const d = entry.data;
  const criteria = d.criteria.map((r) => {
    const t = titles.get(r.id);
    return { id: r.id, href: routes.criterion(r.id), label: t ? `${clauseLabel(t.article, t.item)} ${t.title}` : r.id, why: r.why };
  });
  const sections = CASE_SECTIONS.map((id): CaseSectionView => {
    const field = CASE_SECTION_FIELD[id];
    const base = { id, label: CASE_SECTION_LABELS[id], unverified: isUnverified(d, field), href: routes.caseSection(entry.id, id) };
    if (field === 'criteria') return { ...base, kind: 'criteria', criteria };
    if (field === 'sources') return { ...base, kind: 'sources', sources: d.sources };
    if (field === 'lessons') return { ...base, kind: 'list', items: d.lessons };
    return { ...base, kind: 'paragraphs', paragraphs: d[field] };
  });
  const factsUnverified = (['date', 'place', 'casualties'] as const).some((f) => d.unverified.includes(f));
  return { entry, sections, factsUnverified, criteria };
}

/** The section's text as lines: paragraphs, lessons, "clause title：why" for criteria, "publisher：document" for sources. */
export function sectionLines(s: CaseSectionView): string[] {
  switch (s.kind) {
    case 'paragraphs':
      return s.paragraphs;
    case 'list':
      return s.items;
    case 'criteria':
      return s.criteria.map((r) => `${r.label}：${r.why}`);
    case 'sources':
      return s.sources.map((x) => `${x.publisher}：${x.document}`);
  }
}

/** The section's searchable text: its own words only (for criteria, the why, not the criterion titles). */
export function sectionSearchText(s: CaseSectionView): string {
  return s.kind === 'criteria' ? s.criteria.map((r) => r.why).join(' ') : sectionLines(s).join(' ');
}

/** A slide of the present mode. */
export interface Slide {
  title: string;
  lines: string[];
  unverified: boolean;
}
/** Sections shown as slides, in the order a trainer tells the story (教训 last). */
const SLIDE_SECTIONS: readonly CaseSection[] = ['process', 'direct-cause', 'management-cause', 'criteria', 'lessons'];

/** The slides of a case: a title slide, then one per told section; each carries the 待核实 flag of its own facts. */
export function caseSlides(v: CaseView<CaseLike>): Slide[] {
  const d = v.entry.data;
  const byId = new Map(v.sections.map((s) => [s.id, s]));
  return [
    { title: d.title, lines: [`${d.date} · ${d.place}`, d.casualties, d.summary], unverified: v.factsUnverified },
    ...SLIDE_SECTIONS.flatMap((id) => {
      const s = byId.get(id);
      return s ? [{ title: s.label, lines: sectionLines(s), unverified: s.unverified }] : [];
    }),
  ];
}
