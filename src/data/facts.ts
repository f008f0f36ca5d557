/** Shared facts (content/facts.yaml) as pages render them: each stated once, looked up by id. */
import { getCollection } from 'astro:content';
import { mustGet } from '../lib/must';
import { checkContentRefs } from './refs';

/** A fact ready to render. */
export interface FactView {
  id: string;
  topic: string;
  text: string;
  pending: boolean;
}

/** The facts for a list of ids, in that order (ids were checked at build start, so all resolve). */
export async function factsFor(ids: readonly string[]): Promise<FactView[]> {
  if (!ids.length) return [];
  await checkContentRefs();
  const all = new Map((await getCollection('facts')).map((f) => [f.id, f.data]));
  return ids.map((id) => {
    const f = mustGet(all, id, '事实');
    return { id, topic: f.topic, text: f.text, pending: f.confidence === 'M' };
  });
}

/** Every fact, for open data. */
export async function getFacts() {
  return (await getCollection('facts')).map((f) => f.data);
}
