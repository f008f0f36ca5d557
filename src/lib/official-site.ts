/**
 * The name of the official site an address belongs to, for link text. Named from the address, not from the
 * issuer: 安全生产法 is issued by 全国人大常委会 but the page we link is on 应急管理部's site.
 */
const SITE_NAMES: Record<string, string> = {
  'www.mem.gov.cn': '应急管理部网站',
  'www.gov.cn': '中国政府网',
  'www.npc.gov.cn': '中国人大网',
  'flk.npc.gov.cn': '国家法律法规数据库',
};

export function officialSiteName(url: string): string {
  const host = new URL(url).hostname;
  return SITE_NAMES[host] ?? host;
}
