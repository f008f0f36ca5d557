import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchIndex } from '../../../data/search';
import { json } from '../index.json';

/** One shard of the gram dictionary: gram → chunks that hold it. */
export const getStaticPaths: GetStaticPaths = async () =>
  (await getSearchIndex()).dict.map((shard, n) => ({ params: { n: String(n) }, props: { shard } }));

export const GET: APIRoute = ({ props }) => json(props.shard);
