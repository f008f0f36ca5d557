/**
 * Chinese messages for zod's built-in checks, written for content authors.
 * zod's own messages are English ("Too small: expected string to have >=4 characters"); authors read Chinese.
 * Messages a schema writes itself (refine, regex, min(…, '…')) take precedence over this map.
 * Imported for its side effect by src/content.config.ts and tests/content/load.ts.
 */
import { z } from 'astro/zod';

const UNIT: Record<string, string> = { string: '个字符', array: '项', set: '项', number: '', bigint: '', date: '' };
const TYPE: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: 'true 或 false',
  array: '列表',
  object: '对象（键: 值）',
  undefined: '空',
  null: '空值',
  date: '日期',
  int: '整数',
};

/** The type of a received value, in words. */
function received(input: unknown): string {
  if (input === undefined) return '未填写';
  if (input === null) return '空值';
  if (Array.isArray(input)) return '列表';
  return TYPE[typeof input] ?? typeof input;
}

/** Turns one zod issue into a Chinese sentence; returns undefined to keep a message the schema wrote itself. */
export function zhIssueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '缺少必填字段' : `应为${TYPE[issue.expected] ?? issue.expected}，实际是${received(issue.input)}`;
    case 'too_small': {
      const unit = UNIT[issue.origin] ?? '';
      if (issue.origin === 'array') return `至少要写 ${issue.minimum} 项`;
      if (issue.origin === 'string') return `至少要写 ${issue.minimum} 个字符`;
      return `不能小于 ${issue.minimum}${unit}`;
    }
    case 'too_big': {
      if (issue.origin === 'array') return `最多只能写 ${issue.maximum} 项`;
      if (issue.origin === 'string') return `最多只能写 ${issue.maximum} 个字符`;
      return `不能大于 ${issue.maximum}`;
    }
    case 'invalid_value':
      return `只能是以下之一：${issue.values.map(String).join('、')}`;
    case 'unrecognized_keys':
      return `有未知字段：${issue.keys.join('、')}（拼写错误，或该字段不属于这类内容）`;
    case 'invalid_union':
      return '格式不符合任何一种允许的写法';
    case 'invalid_format':
      return issue.format === 'regex' ? '格式不对' : `格式不对（应为 ${issue.format}）`;
    case 'not_multiple_of':
      return `应为 ${String(issue.divisor)} 的倍数`;
    case 'custom':
      return '内容不符合要求';
    default:
      return '内容不符合要求';
  }
}

/** Installs the map for every schema of this process (content build and content tests). */
export function installZhErrorMap(): void {
  z.config({ customError: (issue) => zhIssueMessage(issue) });
}

installZhErrorMap();
