/** Builds the self-check items shared by /data/checks.json and the self-check pages. */
import { getCriteria, getDuties, regulationShortTitles } from './content';
import { buildCheckItems } from '../lib/checks';
import { clauseLabel } from '../lib/taxonomy';

export async function buildChecks() {
  const titles = await regulationShortTitles();
  return buildCheckItems(
    (await getCriteria()).map((c) => ({
      id: c.id,
      ...c.data,
      penalty: c.data.penalty && {
        citation: `${titles[c.data.penalty.regulation] ?? c.data.penalty.regulation}${clauseLabel(c.data.penalty.article, c.data.penalty.item)}`,
        summary: c.data.penalty.summary,
        confidence: c.data.penalty.confidence,
      },
    })),
    (await getDuties()).map((d) => d.data),
  );
}
