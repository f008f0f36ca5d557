/**
 * The enterprise profile's questions in one list: for each stored code its label (the question in the form), its phrase
 * (the words in a one-line description: the report's 企业概况, an item's 适用条件) and why it is asked. The profile form,
 * `describeAppliesTo`, the report line and the practice quick profile all read this list, so they cannot drift apart
 * (the printed profile once lost the 30-person dust answer because it kept its own copy).
 *
 * Codes are saved data: they come from `taxonomy.ts` and never change here.
 */
import type { AppliesToLike, Profile } from './applicability';
import {
  DOMAINS,
  INDUSTRIES,
  INDUSTRY_LABELS,
  SPECIALS,
  SPECIAL_LABELS,
  SUB_SECTORS,
  SUB_SECTOR_INFO,
  clauseLabel,
  type Industry,
  type Special,
  type SubSector,
} from './taxonomy';

/** The yes/no fields of a profile. */
export type FlagField = 'metalSmelting' | 'contractors' | 'specialOps' | 'dustWorkers30';
/** Every field of a profile, in the order the form asks them. */
export type ProfileField = 'industries' | FlagField | 'specials' | 'subSectors';

interface OptionText {
  /** The question as the form shows it beside the box. */
  label: string;
  /** The same answer in a one-line description (report, 适用条件). */
  phrase: string;
  /** 为什么问: the clause or duty that depends on the answer. */
  why: string;
  /** Asked only once one of these industries or specials is chosen (a ticked box stays visible so it can be cleared). */
  for?: readonly (Industry | Special)[] | undefined;
}

/** One box of the profile form: a member of a list field, or a yes/no flag. */
export type ProfileOption =
  | (OptionText & { field: 'industries'; code: Industry })
  | (OptionText & { field: 'specials'; code: Special })
  | (OptionText & { field: 'subSectors'; code: SubSector })
  | (OptionText & { field: FlagField; code: FlagField });

const industryWhy = (i: Industry) => {
  const d = DOMAINS.find((x) => 'industry' in x && x.industry === i);
  return d ? `判定标准${clauseLabel(d.article)}，共${d.count}项。` : '没有行业专条，适用管理类和专项类。';
};

const SPECIAL_TEXT: Record<Special, { label: string; why: string }> = {
  dust: { label: '存在粉尘爆炸危险（可燃性粉尘）', why: '第十一条10项只适用于存在粉尘爆炸危险的企业。' },
  ammonia: { label: '使用液氨制冷', why: '第十二条2项针对液氨制冷。' },
  confined: { label: '有硫化氢、一氧化碳等中毒风险的有限空间作业', why: '第十三条只针对有中毒风险的有限空间作业。' },
};

const FLAG_TEXT: Record<FlagField, OptionText> = {
  metalSmelting: {
    label: '金属冶炼企业',
    phrase: '金属冶炼企业',
    why: '第三条第（三）项（主要负责人、安全管理人员考核）只针对金属冶炼企业；工作要点对金属冶炼企业要求每月检查。',
  },
  contractors: {
    label: '有承包、承租单位在本单位作业或经营',
    phrase: '有承包、承租单位在本单位作业或经营',
    why: '第三条第（一）项：对承包、承租单位要统一协调管理、定期检查。',
  },
  specialOps: {
    label: '有特种作业人员（电工、焊工、高处作业、制冷与空调、煤气等）',
    phrase: '有特种作业人员',
    why: '第三条第（二）项：特种作业人员未持证上岗是重大事故隐患。',
  },
  dustWorkers30: {
    label: '30人以上的金属粉尘或木粉尘企业',
    phrase: '30人以上的金属粉尘、木粉尘企业（人数口径待核实）',
    why: '2024年工作要点第8项：这类企业要在2024年底前接入监测预警系统（期限已过，接入后要保持数据正常上传）。原文没有说明30人是指全部职工还是涉粉作业人员（待核实），拿不准时请向属地应急部门确认。',
    for: ['dust'],
  },
};

/** Every question of the profile, in form order. Built in a pure call, so a bundle that only needs `applies` drops it. */
export const PROFILE_OPTIONS: readonly ProfileOption[] = /* @__PURE__ */ (() => [
  ...INDUSTRIES.map((code): ProfileOption => ({
    field: 'industries',
    code,
    label: INDUSTRY_LABELS[code],
    phrase: INDUSTRY_LABELS[code],
    why: industryWhy(code),
  })),
  ...(['metalSmelting', 'contractors', 'specialOps'] as const).map((code): ProfileOption => ({ field: code, code, ...FLAG_TEXT[code] })),
  ...SPECIALS.map((code): ProfileOption => ({ field: 'specials', code, phrase: SPECIAL_LABELS[code], ...SPECIAL_TEXT[code] })),
  { field: 'dustWorkers30', code: 'dustWorkers30', ...FLAG_TEXT.dustWorkers30 },
  ...SUB_SECTORS.map((code): ProfileOption => {
    const s = SUB_SECTOR_INFO[code];
    return { field: 'subSectors', code, label: s.label, phrase: s.label, why: s.why, for: s.for };
  }),
])();

/** The options of one field, in form order. */
export const optionsOf = (field: ProfileField): ProfileOption[] => PROFILE_OPTIONS.filter((o) => o.field === field);

/** Finds the option of a stored code; throws on a code the list does not have, which is a programming error. */
export function option(field: ProfileField, code: string): ProfileOption {
  const o = PROFILE_OPTIONS.find((x) => x.field === field && x.code === code);
  if (!o) throw new Error(`企业概况没有选项 ${field}.${code}`);
  return o;
}

/** True when the profile has this box ticked. */
export function isChosen(p: Profile, o: ProfileOption): boolean {
  switch (o.field) {
    case 'industries':
      return p.industries.includes(o.code);
    case 'specials':
      return p.specials.includes(o.code);
    case 'subSectors':
      return p.subSectors.includes(o.code);
    default:
      return p[o.field];
  }
}

const flip = <T>(list: readonly T[], v: T, on: boolean): T[] =>
  on ? (list.includes(v) ? [...list] : [...list, v]) : list.filter((x) => x !== v);

/** The profile with this box set to `on` (a new object; the old one is left as it was). */
export function setChosen(p: Profile, o: ProfileOption, on: boolean): Profile {
  switch (o.field) {
    case 'industries':
      return { ...p, industries: flip(p.industries, o.code, on) };
    case 'specials':
      return { ...p, specials: flip(p.specials, o.code, on) };
    case 'subSectors':
      return { ...p, subSectors: flip(p.subSectors, o.code, on) };
    default:
      return { ...p, [o.field]: on };
  }
}

/** True when the form should ask this question: it has no `for`, one of its `for` is chosen, or it is already ticked. */
export function isAsked(p: Profile, o: ProfileOption): boolean {
  const chosen: readonly string[] = [...p.industries, ...p.specials];
  return !o.for || o.for.some((x) => chosen.includes(x)) || isChosen(p, o);
}

/** The profile as one line for the report: 行业 first (or 行业：未选), then every other ticked box's phrase, in list order. */
export function profileSummary(p: Profile): string {
  const ticked = PROFILE_OPTIONS.filter((o) => isChosen(p, o));
  const industries = ticked.filter((o) => o.field === 'industries').map((o) => o.phrase);
  const rest = ticked.filter((o) => o.field !== 'industries').map((o) => o.phrase);
  return [industries.length ? `行业：${industries.join('、')}` : '行业：未选', ...rest].join('；');
}

/** How a condition on each field reads in 适用条件: list fields get a prefix, flags read as their phrase. */
const CONDITION_PREFIX: Partial<Record<ProfileField, string>> = { industries: '行业：', specials: '专项：', subSectors: '仅限：' };
const CONDITION_ORDER: readonly ProfileField[] = [
  'industries',
  'specials',
  'metalSmelting',
  'contractors',
  'specialOps',
  'dustWorkers30',
  'subSectors',
];

/** Describes an item's conditions in Chinese, one phrase per field; empty conditions read 全部工贸企业. */
export function describeAppliesTo(a: AppliesToLike): string[] {
  const out: string[] = [];
  for (const field of CONDITION_ORDER) {
    const v = a[field];
    if (!v) continue;
    const prefix = CONDITION_PREFIX[field];
    if (Array.isArray(v)) out.push(`${prefix ?? ''}${v.map((code: string) => option(field, code).phrase).join('或')}`);
    else out.push(option(field, field).phrase);
  }
  return out.length ? out : ['全部工贸企业'];
}
