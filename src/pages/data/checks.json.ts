import type { APIRoute } from 'astro';
import { buildChecks } from '../../data/checks';
import { jsonResponse } from '../../data/json';

/** Self-check items: one per criterion (kind "criterion") and one per work-plan duty (kind "duty"). */
export const GET: APIRoute = async () => jsonResponse('checks', await buildChecks());
