/** Builds the self-check items shared by /data/checks.json and the self-check pages. */
import { getCriteria, getDuties } from './content';
import { buildCheckItems } from '../lib/checks';

export async function buildChecks() {
  return buildCheckItems(
    (await getCriteria()).map((c) => ({ id: c.id, ...c.data })),
    (await getDuties()).map((d) => d.data),
  );
}
