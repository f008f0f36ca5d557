/** Trainer kits joined with their criteria, cases and practice-paper link. */
import { getCollection } from 'astro:content';
import { getCases, getCriteria } from './content';
import { paperQuery } from '../lib/paper';
import { TOPICS } from '../lib/taxonomy';
import { routes } from '../lib/routes';

export async function getKits() {
  const kits = await getCollection('kits');
  const criteria = await getCriteria();
  const cases = await getCases();
  return kits
    .sort((a, b) => TOPICS.indexOf(a.data.id) - TOPICS.indexOf(b.data.id))
    .map((k) => ({
      ...k.data,
      criteria: k.data.criteria.map((id) => {
        const c = criteria.find((x) => x.id === id);
        if (!c) throw new Error(`content/training/kits.yaml › ${k.id} › criteria：找不到判定标准 ${id}`);
        return c;
      }),
      cases: cases.filter((c) => c.data.topics.includes(k.data.id)),
      paper: routes.practicePaper(paperQuery({ seed: `kit-${k.data.id}`, n: 10, criteria: k.data.criteria })),
    }));
}
export type KitView = Awaited<ReturnType<typeof getKits>>[number];
