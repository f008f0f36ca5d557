/** A content error that names the file, the entry and the field, so an author can fix it without reading code. */
export class ContentError extends Error {
  override name = 'ContentError';
}

interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

/** What the YAML and MDX loaders need of a schema: zod's safeParse, without depending on zod's types. */
export interface SafeParser<T = unknown> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: readonly Issue[] } };
}

/** Formats schema issues as one line per field: `content/x.yaml › q-a4-1-1 › 字段 answer：…`. */
export function formatContentIssues(file: string, id: string | undefined, issues: readonly Issue[]): string {
  const where = id ? `${file} › ${id}` : file;
  const lines = issues.map((i) => {
    const field = i.path.length ? i.path.map(String).join('.') : '(整条)';
    return `  ${where} › 字段 ${field}：${i.message}`;
  });
  return `内容错误（${issues.length} 处）：\n${lines.join('\n')}`;
}
