import { INDUSTRY_LABELS, SPECIAL_LABELS, SUB_SECTOR_INFO, type Industry, type Special, type SubSector } from './taxonomy';

/** The enterprise profile that decides which criteria, duties and questions apply. */
export interface Profile {
  industries: Industry[];
  specials: Special[];
  metalSmelting: boolean;
  contractors: boolean;
  specialOps: boolean;
  dustWorkers30: boolean;
  subSectors: SubSector[];
}

/** Profile conditions as written in content (see src/schemas/profile.ts). */
export interface AppliesToLike {
  industries?: readonly Industry[] | undefined;
  specials?: readonly Special[] | undefined;
  metalSmelting?: true | undefined;
  contractors?: true | undefined;
  specialOps?: true | undefined;
  dustWorkers30?: true | undefined;
  subSectors?: readonly SubSector[] | undefined;
}

/** An empty profile: nothing chosen yet. */
export const EMPTY_PROFILE: Profile = {
  industries: [],
  specials: [],
  metalSmelting: false,
  contractors: false,
  specialOps: false,
  dustWorkers30: false,
  subSectors: [],
};

const anyOf = <T>(wanted: readonly T[] | undefined, have: readonly T[]) => !wanted || wanted.some((w) => have.includes(w));

/** True when every condition holds for the profile; inside a list any one member is enough. */
export function applies(a: AppliesToLike, p: Profile): boolean {
  return (
    anyOf(a.industries, p.industries) &&
    anyOf(a.specials, p.specials) &&
    anyOf(a.subSectors, p.subSectors) &&
    (!a.metalSmelting || p.metalSmelting) &&
    (!a.contractors || p.contractors) &&
    (!a.specialOps || p.specialOps) &&
    (!a.dustWorkers30 || p.dustWorkers30)
  );
}

/** Describes the conditions in Chinese, one phrase each; empty conditions read 全部工贸企业. */
export function describeAppliesTo(a: AppliesToLike): string[] {
  const out: string[] = [];
  if (a.industries) out.push(`行业：${a.industries.map((i) => INDUSTRY_LABELS[i]).join('或')}`);
  if (a.specials) out.push(`专项：${a.specials.map((s) => SPECIAL_LABELS[s]).join('或')}`);
  if (a.metalSmelting) out.push('金属冶炼企业');
  if (a.contractors) out.push('有承包、承租单位在本单位作业或经营');
  if (a.specialOps) out.push('有特种作业人员');
  if (a.dustWorkers30) out.push('30人以上的金属粉尘、木粉尘企业（人数口径待核实）');
  if (a.subSectors) out.push(`仅限：${a.subSectors.map((s) => SUB_SECTOR_INFO[s].label).join('或')}`);
  return out.length ? out : ['全部工贸企业'];
}
