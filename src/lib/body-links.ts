/**
 * Finds outside addresses in an MDX/Markdown body that are not official *.gov.cn pages. Schemas check frontmatter
 * links; a body is prose no schema sees, so the loader runs this on every body and fails the build on a hit.
 * Any http(s) address counts, linked or not: a mirror site must never appear on a page, even as plain text.
 */
import { isOfficialUrl } from './official-url';

const URL_IN_TEXT = /https?:\/\/[^\s)"'<>\]，。；、）》]+|(?<=\]\(|href=["'])\/\/[^\s)"'<>]+/gi;

/** Each unofficial address with its 1-based line number in the body. */
export function findUnofficialUrls(body: string): { line: number; url: string }[] {
  const out: { line: number; url: string }[] = [];
  body.split('\n').forEach((text, i) => {
    for (const m of text.matchAll(URL_IN_TEXT)) {
      const url = m[0];
      if (!isOfficialUrl(url.startsWith('//') ? `https:${url}` : url)) out.push({ line: i + 1, url });
    }
  });
  return out;
}

/** The Chinese error for a body with unofficial addresses, naming the file and each line; undefined when clean. */
export function unofficialLinkError(file: string, body: string): string | undefined {
  const bad = findUnofficialUrls(body);
  if (!bad.length) return undefined;
  const lines = bad.map((b) => `  ${file} › 正文第 ${b.line} 行：${b.url}`);
  return `内容错误（${bad.length} 处）：正文只能链接官方 *.gov.cn 页面，转载和镜像网站只能写进来源说明（sources/provenance）：\n${lines.join('\n')}`;
}
