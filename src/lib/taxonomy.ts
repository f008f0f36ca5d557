/**
 * Closed sets shared by content schemas, pages and islands.
 * Zod-free on purpose: islands import this module and must stay small.
 */

/** Industries named in Article 2 of 令第10号 (商贸 has no article of its own). */
export const INDUSTRIES = ['metallurgy', 'nonferrous', 'building', 'machinery', 'light', 'textile', 'tobacco', 'trade'] as const;
export type Industry = (typeof INDUSTRIES)[number];

export const INDUSTRY_LABELS: Record<Industry, string> = {
  metallurgy: '冶金',
  nonferrous: '有色',
  building: '建材',
  machinery: '机械',
  light: '轻工',
  textile: '纺织',
  tobacco: '烟草',
  trade: '商贸',
};

/** Special domains of 专项类 (Articles 11–13). */
export const SPECIALS = ['dust', 'ammonia', 'confined'] as const;
export type Special = (typeof SPECIALS)[number];

export const SPECIAL_LABELS: Record<Special, string> = {
  dust: '存在粉尘爆炸危险',
  ammonia: '使用液氨制冷',
  confined: '有硫化氢、一氧化碳等中毒风险的有限空间作业',
};

/**
 * Sub-sectors that single criteria are limited to by their own wording.
 * `why` is shown beside the profile question, so the user knows why it is asked.
 */
export const SUB_SECTORS = [
  'al-deep-well-casting',
  'cement-carbide-slag',
  'food-baking-frying',
  'baijiu',
  'paper-chlorine',
  'daily-glass-ceramics',
  'daily-glass',
  'li-battery-warehouse',
  'non-water-paint',
  'tobacco-fumigation',
  'co2-expanded-tobacco',
  'metal-dust-al-mg',
  'wood-dust',
  'wet-reactive-metal-dust',
] as const;
export type SubSector = (typeof SUB_SECTORS)[number];

/**
 * `for`: the industries or special domains whose items the sub-sector narrows; the profile form asks about a
 * sub-sector only once one of them is chosen, so a textile firm is not asked about 铝加工深井铸造.
 */
export const SUB_SECTOR_INFO: Record<SubSector, { label: string; why: string; for: readonly (Industry | Special)[] }> = {
  'al-deep-well-casting': {
    label: '铝加工深井铸造',
    why: '第五条第（六）至（十）项只适用于铝加工深井铸造。',
    for: ['nonferrous'],
  },
  'cement-carbide-slag': {
    label: '水泥企业以电石渣作原料',
    why: '第六条第（三）项只针对水泥企业的电石渣原料筒型储库。',
    for: ['building'],
  },
  'food-baking-frying': {
    label: '食品烘制、油炸设备',
    why: '第八条第（一）项针对食品企业的烘制、油炸设备。',
    for: ['light'],
  },
  baijiu: { label: '白酒勾兑、灌装或酒库', why: '第八条第（二）项针对白酒的勾兑、灌装场所和酒库。', for: ['light'] },
  'paper-chlorine': { label: '纸浆、造纸使用液氯', why: '第八条第（三）项针对用液氯的纸浆和造纸企业。', for: ['light'] },
  'daily-glass-ceramics': {
    label: '日用玻璃、陶瓷燃气窑炉',
    why: '第八条第（四）项针对日用玻璃、陶瓷制造企业采用预混燃烧的燃气窑炉。',
    for: ['light'],
  },
  // Separate from the one above: 第八条第（五）项 names only 日用玻璃, so a ceramics-only plant must not get it.
  'daily-glass': {
    label: '日用玻璃窑炉（玻璃制造）',
    why: '第八条第（五）项只针对日用玻璃制造企业玻璃窑炉的冷却保护系统，陶瓷企业不涉及。',
    for: ['light'],
  },
  'li-battery-warehouse': {
    label: '锂离子电池储存仓库',
    why: '第八条第（七）项针对储存锂离子电池的仓库。',
    for: ['light'],
  },
  'non-water-paint': {
    label: '使用非水性漆（调漆间、喷漆室）',
    why: '第七条第（七）项、第八条第（六）项针对使用非水性漆的调漆间和喷漆室。',
    for: ['machinery', 'light'],
  },
  'tobacco-fumigation': { label: '烟叶熏蒸杀虫', why: '第十条第（一）项针对熏蒸作业场所。', for: ['tobacco'] },
  'co2-expanded-tobacco': {
    label: '液态二氧化碳膨胀烟丝',
    why: '第十条第（二）项针对使用液态二氧化碳制造膨胀烟丝的生产线。',
    for: ['tobacco'],
  },
  'metal-dust-al-mg': {
    label: '铝镁等金属粉尘',
    why: '第十一条第（四）（六）项对铝镁等金属粉尘有专门要求。',
    for: ['dust'],
  },
  'wood-dust': { label: '木质粉尘', why: '第十一条第（六）（八）项对木质粉尘、木制品砂光有专门要求。', for: ['dust'] },
  'wet-reactive-metal-dust': {
    label: '遇湿自燃金属粉尘',
    why: '第十一条第（九）项针对遇湿自燃的金属粉尘。',
    for: ['dust'],
  },
};

/** The three groups of the 64 situations. */
export const GROUPS = ['management', 'industry', 'special'] as const;
export type Group = (typeof GROUPS)[number];
export const GROUP_LABELS: Record<Group, string> = {
  management: '管理类',
  industry: '行业类',
  special: '专项类',
};

/**
 * One domain per article of 令第10号 (Articles 3–13).
 * `slug` is the ASCII path segment of /criteria/domain/{slug}/ and never changes.
 */
export const DOMAINS = [
  { article: 3, slug: 'management', label: '管理类', group: 'management', count: 3 },
  { article: 4, slug: 'metallurgy', label: '冶金', group: 'industry', count: 8, industry: 'metallurgy' },
  { article: 5, slug: 'nonferrous', label: '有色', group: 'industry', count: 13, industry: 'nonferrous' },
  { article: 6, slug: 'building', label: '建材', group: 'industry', count: 8, industry: 'building' },
  { article: 7, slug: 'machinery', label: '机械', group: 'industry', count: 7, industry: 'machinery' },
  { article: 8, slug: 'light', label: '轻工', group: 'industry', count: 7, industry: 'light' },
  { article: 9, slug: 'textile', label: '纺织', group: 'industry', count: 2, industry: 'textile' },
  { article: 10, slug: 'tobacco', label: '烟草', group: 'industry', count: 2, industry: 'tobacco' },
  { article: 11, slug: 'dust', label: '粉尘爆炸危险', group: 'special', count: 10, special: 'dust' },
  { article: 12, slug: 'ammonia', label: '液氨制冷', group: 'special', count: 2, special: 'ammonia' },
  { article: 13, slug: 'confined', label: '有限空间', group: 'special', count: 2, special: 'confined' },
] as const satisfies readonly {
  article: number;
  slug: string;
  label: string;
  group: Group;
  count: number;
  industry?: Industry;
  special?: Special;
}[];
export type Domain = (typeof DOMAINS)[number];
export type DomainSlug = Domain['slug'];
export const DOMAIN_SLUGS = DOMAINS.map((d): DomainSlug => d.slug);

/** Returns the domain of an article of 令第10号, or undefined outside 3–13. */
export function domainOfArticle(article: number): Domain | undefined {
  return DOMAINS.find((d) => d.article === article);
}

/** The domain of a criterion's article; throws outside 3–13, where the schema would already have refused the criterion. */
export function requireDomain(article: number): Domain {
  const d = domainOfArticle(article);
  if (!d) throw new Error(`令第10号第${article}条不属于任何行业或专项（判定标准只在第三至十三条）`);
  return d;
}

/** Confidence marks used in ../shared/sources. Only M is unconfirmed. */
export const CONFIDENCES = ['V', 'V2', 'V-repo', 'M'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** Regulation status as shown to users. */
/** 已到期: a time-limited plan whose period has ended (kept as history, not repealed). */
export const STATUSES = ['现行有效', '已废止', '已被替代', '已到期'] as const;
export type Status = (typeof STATUSES)[number];

/** Topics for cases and trainer kits. */
export const TOPICS = ['molten-metal', 'gas', 'al-casting', 'dust', 'ammonia', 'confined-space', 'contractors', 'special-ops'] as const;
export type Topic = (typeof TOPICS)[number];
export const TOPIC_LABELS: Record<Topic, string> = {
  'molten-metal': '高温熔融金属',
  gas: '煤气',
  'al-casting': '有色深井铸造',
  dust: '粉尘涉爆',
  ammonia: '液氨制冷',
  'confined-space': '有限空间',
  contractors: '承包商与外来人员',
  'special-ops': '特种作业',
};

/** Provinces that have cases, as ASCII slugs for /cases/province/{slug}/, in the order the filters list them. */
export const PROVINCE_IDS = [
  'shanxi',
  'liaoning',
  'guangdong',
  'jiangsu',
  'hebei',
  'guizhou',
  'fujian',
  'zhejiang',
  'jilin',
  'shanghai',
  'shandong',
  'xinjiang',
  'henan',
  'anhui',
] as const;
export type Province = (typeof PROVINCE_IDS)[number];
/** Each province's name. */
export const PROVINCES: Record<Province, string> = {
  shanxi: '山西',
  liaoning: '辽宁',
  guangdong: '广东',
  jiangsu: '江苏',
  hebei: '河北',
  guizhou: '贵州',
  fujian: '福建',
  zhejiang: '浙江',
  jilin: '吉林',
  shanghai: '上海',
  shandong: '山东',
  xinjiang: '新疆',
  henan: '河南',
  anhui: '安徽',
};

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Writes 1–99 in Chinese numerals as used in article numbers (十三, 二十一). */
export function toChineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) throw new RangeError(`unsupported number ${n}`);
  if (n < 10) return CN_DIGITS[n] ?? '';
  if (n < 20) return '十' + (n % 10 ? CN_DIGITS[n % 10] : '');
  if (n < 100) return CN_DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? CN_DIGITS[n % 10] : '');
  const rest = n % 100;
  const head = CN_DIGITS[Math.floor(n / 100)] + '百';
  if (rest === 0) return head;
  if (rest < 10) return head + '零' + CN_DIGITS[rest];
  if (rest < 20) return head + '一' + toChineseNumber(rest);
  return head + toChineseNumber(rest);
}

/** Formats a clause such as 第四条第（五）项, or 第四条 when no item is given. */
export function clauseLabel(article: number, item?: number): string {
  const a = `第${toChineseNumber(article)}条`;
  return item ? `${a}第（${toChineseNumber(item)}）项` : a;
}

/** Builds the stable criterion id a{article}-{item}. */
export function criterionId(article: number, item: number): string {
  return `a${article}-${item}`;
}
