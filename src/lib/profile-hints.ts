/**
 * Hints between profile boxes: a choice that makes another likely. Apart from profile.ts because only the form asks them;
 * the report and the practice quick profile need the list but not these texts.
 */
import type { Profile } from './applicability';
import { isChosen, option, type ProfileOption } from './profile';

/** A box whose choice suggests another: the form asks, with the reason, and ticks only on yes. */
export interface ProfileHint {
  when: ProfileOption;
  suggest: ProfileOption;
  /** Why the first makes the second likely, shown in the question; cites the clause and the source of the link. */
  why: string;
}

/**
 * Only links the sources confirm. 铝镁 → 遇湿自燃: in the 昆山中荣 case (V) aluminium dust that got wet in a corroded bin
 * heated up and set off the explosion, and the site maps it to 第十一条第（九）项; the 秦皇岛华川 case names damp
 * aluminium-alloy dust as a possible ignition source (final finding 待核实). Not added, because the sources do not make them follow: 铝加工深井铸造 → 金属冶炼
 * (金属冶炼 needs 达到国家规定规模), 日用玻璃窑炉 → 预混燃烧燃气窑炉 (a glass kiln need not burn premixed gas).
 */
export const PROFILE_HINTS: readonly ProfileHint[] = /* @__PURE__ */ (() => [
  {
    when: option('subSectors', 'metal-dust-al-mg'),
    suggest: option('subSectors', 'wet-reactive-metal-dust'),
    why: '本站昆山中荣案例（2014年）中，集尘桶锈蚀破损，桶内铝粉受潮氧化放热，成为爆炸的点火源；本站把它对应到第十一条第（九）项（遇湿自燃金属粉尘要防氢气积聚、防水防潮）。是否属于遇湿自燃金属粉尘，请查安全技术说明书或粉尘爆炸风险辨识资料确认。',
  },
])();

/** The hints to ask after a change from `before` to `after`: their box was just ticked and the suggested one is not. */
export function hintsAfter(before: Profile, after: Profile, hints: readonly ProfileHint[] = PROFILE_HINTS): ProfileHint[] {
  return hints.filter((h) => !isChosen(before, h.when) && isChosen(after, h.when) && !isChosen(after, h.suggest));
}
