/** Loads the case views (see case-view.ts) from the collections. */
import { getCases, getCriteria } from './content';
import { caseView, type CaseView, type CriterionTitles } from './case-view';

export { caseSlides, sectionLines, sectionSearchText, type CaseSectionView, type CaseView, type Slide } from './case-view';

/** Criterion clause and title by id, for resolving the cases' 对应条款. */
export async function criterionTitles(): Promise<CriterionTitles> {
  return new Map((await getCriteria()).map((c) => [c.id, { article: c.data.article, item: c.data.item, title: c.data.title }]));
}

/** Every case's view, newest first. */
export async function getCaseViews(): Promise<CaseView[]> {
  const titles = await criterionTitles();
  return (await getCases()).map((c) => caseView(c, titles));
}
