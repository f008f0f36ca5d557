import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchIndex } from '../../../data/search';
import { json } from '../index.json';

/** One chunk of search records (one kind each). */
export const getStaticPaths: GetStaticPaths = async () =>
  [...(await getSearchIndex()).files].map(([u, records]) => ({
    params: { n: u.replace(/^search\/c\/|\.json$/g, '') },
    props: { records },
  }));

export const GET: APIRoute = ({ props }) => json(props.records);
