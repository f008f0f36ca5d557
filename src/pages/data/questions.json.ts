import type { APIRoute } from 'astro';
import { getQuestions } from '../../data/content';
import { jsonResponse } from '../../data/json';

/** The question bank, validated by QuestionSchema. */
export const GET: APIRoute = async () =>
  jsonResponse(
    'questions',
    (await getQuestions()).map((q) => q.data),
  );
