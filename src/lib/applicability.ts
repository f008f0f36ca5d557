import type { Industry, Special, SubSector } from './taxonomy';

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

// The conditions in words (describeAppliesTo) live in profile.ts with the rest of the profile's wording: importing them
// here would put every label and reason into each island that only needs `applies`.
