import { parse } from 'yaml';
import { ContentError, formatContentIssues, type SafeParser } from './content-error';

/**
 * Parses a YAML file holding an array of entries with `id` fields and validates each with the schema.
 * Throws a ContentError naming the file, the entry and the field on the first bad file,
 * so a broken data file breaks the build instead of silently vanishing.
 */
export function parseYamlEntries<T>(text: string, file: string, schema: SafeParser<T>): { id: string; data: T }[] {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (e) {
    throw new ContentError(`内容错误：${file} 不是有效的 YAML：${e instanceof Error ? e.message : String(e)}`);
  }
  if (!Array.isArray(raw)) throw new ContentError(`内容错误：${file} 应该是一个列表（每项以“- id:”开头）`);
  const out: { id: string; data: T }[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  raw.forEach((item, index) => {
    const id = item && typeof item === 'object' && 'id' in item ? String(item.id) : undefined;
    const label = id ?? `第 ${index + 1} 项`;
    if (!id) {
      problems.push(formatContentIssues(file, label, [{ path: ['id'], message: '缺少 id' }]));
      return;
    }
    if (seen.has(id)) {
      problems.push(formatContentIssues(file, id, [{ path: ['id'], message: 'id 在本文件中重复' }]));
      return;
    }
    seen.add(id);
    const result = schema.safeParse(item);
    if (result.success) out.push({ id, data: result.data });
    else problems.push(formatContentIssues(file, label, result.error.issues));
  });
  if (problems.length) throw new ContentError(problems.join('\n'));
  return out;
}
