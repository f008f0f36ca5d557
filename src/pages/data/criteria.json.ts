import type { APIRoute } from 'astro';
import { criterionDomain, getCriteria } from '../../data/content';
import { jsonResponse } from '../../data/json';
import { clauseLabel } from '../../lib/taxonomy';

/** The 64 criteria, validated by CriterionSchema, with clause label, group and the why-dangerous text. */
export const GET: APIRoute = async () =>
  jsonResponse(
    'criteria',
    (await getCriteria()).map((c) => ({
      id: c.id,
      clause: clauseLabel(c.data.article, c.data.item),
      group: criterionDomain(c).group,
      domain: criterionDomain(c).slug,
      ...c.data,
      why: c.body?.trim() ?? '',
    })),
  );
