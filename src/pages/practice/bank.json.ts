import type { APIRoute } from 'astro';
import { getCriteria, getQuestions, getRegulations } from '../../data/content';
import { buildBank } from '../../lib/practice/build-bank';

/** The practice bank, fetched by the practice islands on first use (not inlined into pages). */
export const GET: APIRoute = async () => {
  const criteria = (await getCriteria()).map((c) => ({ id: c.id, ...c.data }));
  const titles = Object.fromEntries((await getRegulations()).map((r) => [r.id, r.data.shortTitle]));
  const bank = buildBank(
    (await getQuestions()).map((q) => q.data),
    criteria,
    titles,
  );
  return new Response(JSON.stringify(bank), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
