import type { APIRoute, GetStaticPaths } from 'astro';
import { getBankChunks } from '../../../data/bank';

/** One chunk of the question bank, read by practice (all chunks, first one first) and by search (those that can match). */
export const getStaticPaths: GetStaticPaths = async () =>
  (await getBankChunks()).map((questions, n) => ({ params: { n: String(n) }, props: { questions } }));

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.questions), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
