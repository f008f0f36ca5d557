import { describe, expect, it } from 'vitest';
import { mustGet } from '../../../src/lib/must';

describe('mustGet', () => {
  const m = new Map([
    ['a4-1', { title: '存在' }],
    ['zero', 0],
  ] as [string, unknown][]);

  it('returns the entry, falsy values included', () => {
    expect(mustGet(m, 'a4-1', '判定标准')).toEqual({ title: '存在' });
    expect(mustGet(m, 'zero', '数字')).toBe(0);
  });

  it('throws a Chinese message naming what and which id is missing', () => {
    expect(() => mustGet(m, 'a99-9', '判定标准')).toThrow('找不到判定标准：a99-9');
  });
});
