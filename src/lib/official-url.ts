const OFFICIAL_HOST = /(^|\.)gov\.cn$/;

/** True for hosts the site may link: mem.gov.cn, gov.cn, npc.gov.cn and other *.gov.cn government sites. */
export function isOfficialUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && OFFICIAL_HOST.test(u.hostname);
  } catch {
    return false;
  }
}

/** True for an address that leaves the site (http(s) or protocol-relative); internal paths and #fragments are not. */
export function isExternalUrl(url: string): boolean {
  return /^(https?:)?\/\//i.test(url.trim());
}
