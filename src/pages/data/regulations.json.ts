import type { APIRoute } from 'astro';
import { getRegulations } from '../../data/content';
import { jsonResponse } from '../../data/json';

/** Every regulation, validated by RegulationSchema, with its overview text. */
export const GET: APIRoute = async () =>
  jsonResponse(
    'regulations',
    (await getRegulations()).map((r) => ({ id: r.id, ...r.data, overview: r.body?.trim() ?? '' })),
  );
