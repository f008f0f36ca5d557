import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getTasks } from '../../data/content';
import { jsonResponse } from '../../data/json';

/** The work plan's twenty tasks (our summaries) and the transcription mends. */
export const GET: APIRoute = async () =>
  jsonResponse('work-plan-2024', {
    tasks: (await getTasks()).map((t) => t.data),
    mends: (await getCollection('mends')).map((m) => m.data),
  });
