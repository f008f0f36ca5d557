/** Lookups the case pages share. */
import { getCriteria } from './content';

/** Criterion titles by id, for rendering 对应条款 without passing whole entries around. */
export async function criterionTitles(): Promise<Record<string, { article: number; item: number; title: string }>> {
  return Object.fromEntries((await getCriteria()).map((c) => [c.id, { article: c.data.article, item: c.data.item, title: c.data.title }]));
}
