import { describe, expect, it } from 'vitest';
import { joinCjk, joinCjkDeep } from '../../../src/lib/cjk';

describe('joining wrapped Chinese lines', () => {
  it.each([
    ['炉基区域、 厂房内吊运通道', '炉基区域、厂房内吊运通道'],
    ['即判定为重大\n  事故隐患。', '即判定为重大事故隐患。'],
    ['小于30 kPa', '小于30 kPa'],
    ['使用 LF 炉', '使用 LF 炉'],
    ['“先通风、再检测、后作业” 要求', '“先通风、再检测、后作业”要求'],
  ])('%j → %j', (input, out) => {
    expect(joinCjk(input)).toBe(out);
  });

  it('walks nested data and leaves numbers alone', () => {
    expect(joinCjkDeep({ a: ['甲 乙', 3], b: { c: '丙 丁' } })).toEqual({ a: ['甲乙', 3], b: { c: '丙丁' } });
  });
});
