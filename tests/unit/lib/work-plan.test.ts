import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyMends, parsePlan, taskCount } from '../../../src/lib/work-plan';
import { must } from '../../must';

const fixture = readFileSync(new URL('../../fixtures/plan-mini.txt', import.meta.url), 'utf8');

describe('parsePlan', () => {
  it('finds the header, parts, numbered tasks, issuer and date', () => {
    const plan = parsePlan(fixture);
    expect(plan.header).toBe('某应急发〔2024〕1号');
    expect(plan.parts.map((p) => p.number)).toEqual([1, 2]);
    expect(must(plan.parts[1]).heading).toBe('第二部分标题');
    expect(taskCount(plan)).toBe(3);
    expect(must(must(plan.parts[1]).tasks[0]).number).toBe(3);
    expect(plan.issuer).toBe('某应急管理局');
    expect(plan.date).toBe('2024年4月1日');
  });

  it('rejects a paragraph after the parts begin that is not a numbered task', () => {
    expect(() => parsePlan(fixture.replace('3.第三项', '第三项'))).toThrow(/无法归入/);
  });
});

describe('applyMends', () => {
  const m = (id: string, transcribed: string, note = '应为…') => ({ id, transcribed, note, certain: true });

  it('keeps the text intact and puts each note right after its words', () => {
    const segs = applyMends('甲乙丙丁戊', [m('b', '丁'), m('a', '乙')]);
    expect(segs.map((s) => s.text).join('')).toBe('甲乙丙丁戊');
    expect(segs.filter((s) => s.note).map((s) => s.text)).toEqual(['乙', '丁']);
  });

  it('fails when the transcribed words are missing or occur twice', () => {
    expect(() => applyMends('甲乙丙', [m('x', '丁')])).toThrow(/找不到/);
    expect(() => applyMends('甲乙甲', [m('x', '甲')])).toThrow(/不止一次/);
  });
});
