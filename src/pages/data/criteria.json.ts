import type { APIRoute } from 'astro';
import { getCriteria } from '../../data/content';
import { jsonResponse } from '../../data/json';
import { clauseLabel, domainOfArticle } from '../../lib/taxonomy';

/** The 64 criteria, validated by CriterionSchema, with clause label, group and the why-dangerous text. */
export const GET: APIRoute = async () =>
  jsonResponse(
    'criteria',
    (await getCriteria()).map((c) => ({
      id: c.id,
      clause: clauseLabel(c.data.article, c.data.item),
      group: domainOfArticle(c.data.article)!.group,
      domain: domainOfArticle(c.data.article)!.slug,
      ...c.data,
      why: c.body?.trim() ?? '',
    })),
  );
