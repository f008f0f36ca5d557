import type { APIRoute } from 'astro';
import { getCases } from '../../data/content';
import { jsonResponse } from '../../data/json';

/** Accident cases, validated by CaseSchema, newest first. */
export const GET: APIRoute = async () =>
  jsonResponse(
    'cases',
    (await getCases()).map((c) => ({ id: c.id, ...c.data, background: c.body?.trim() ?? '' })),
  );
