import type { APIRoute } from 'astro';
import { getFacts } from '../../data/facts';
import { jsonResponse } from '../../data/json';

/** Facts stated on several pages, each in its one wording (content/facts.yaml). */
export const GET: APIRoute = async () => jsonResponse('facts', await getFacts());
