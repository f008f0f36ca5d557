import type { APIRoute } from 'astro';
import { getChanges } from '../../data/changes';
import { jsonResponse } from '../../data/json';

/** The change log (rule changes and content updates), validated by ChangeSchema, newest first. */
export const GET: APIRoute = async () =>
  jsonResponse(
    'changes',
    (await getChanges()).map((c) => c.data),
  );
