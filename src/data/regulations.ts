/** View models of the regulation pages: each regulation with what replaces it, what it replaces and the criteria citing it. */
import { criteriaByRegulation, getRegulations, type CriterionEntry, type RegulationEntry } from './content';
import { factsFor, type FactView } from './facts';

export interface RegulationPage {
  reg: RegulationEntry;
  /** Title of the successor when `replacedBy` is set. */
  replacedByTitle: string | undefined;
  /** Regulations this one replaced. */
  replaces: RegulationEntry[];
  /** Criteria that cite it as basis or penalty (none for 令第10号 itself: its page links to the whole list). */
  derived: CriterionEntry[];
  /** Facts stated once in content/facts.yaml that this page shows. */
  facts: FactView[];
}

/** Pages of every regulation except the work plan, which has its own guide at /regulations/work-plan-2024/. */
export async function getRegulationPages(): Promise<RegulationPage[]> {
  const all = await getRegulations();
  const citing = await criteriaByRegulation();
  return Promise.all(
    all
      .filter((r) => r.id !== 'work-plan-2024')
      .map(async (reg) => ({
        reg,
        facts: await factsFor(reg.data.facts),
        replacedByTitle: all.find((r) => r.id === reg.data.replacedBy)?.data.title,
        replaces: all.filter((r) => r.data.replacedBy === reg.id),
        derived: reg.id === 'major-hazard-criteria' ? [] : (citing.get(reg.id) ?? []),
      })),
  );
}
