import { describe, expect, it } from 'vitest';
import { parsePracticeParams, practiceQuery, sameView, type PracticeView } from '../../../src/lib/practice-link';

const known = new Set(['a4-1', 'a11-2']);
const parse = (s: string) => parsePracticeParams(s, known);

describe('practice deep links', () => {
  it.each<PracticeView>([
    { kind: 'home' },
    { kind: 'seq', i: 12 },
    { kind: 'wrong', i: 0 },
    { kind: 'hard', i: 3 },
    { kind: 'random', seed: 'k3x9', i: 4 },
    { kind: 'topic', topic: 'dust', i: 2 },
    { kind: 'topic', topic: 'law', i: 0 },
    { kind: 'criterion', criterion: 'a11-2', i: 1 },
    { kind: 'question', id: 'q-a4-1-2' },
    { kind: 'retry', exam: 'ex-m1abc', i: 0 },
    { kind: 'result', exam: 'ex-m1abc' },
    { kind: 'exam', seed: 'abc' },
    { kind: 'oral', seed: 'o1' },
    { kind: 'spot', seed: 's1' },
    { kind: 'manage' },
  ])('reads back the view it wrote: %o', (v) => {
    expect(parse(practiceQuery(v))).toEqual({ view: v, problems: [] });
  });

  it('keeps the published ?c= and ?q= links working', () => {
    expect(practiceQuery({ kind: 'criterion', criterion: 'a4-1', i: 0 })).toBe('c=a4-1');
    expect(parse('?c=a4-1').view).toEqual({ kind: 'criterion', criterion: 'a4-1', i: 0 });
    expect(parse('q=q-duty-1').view).toEqual({ kind: 'question', id: 'q-duty-1' });
  });

  it.each([
    ['m=moon', '不认识的练习方式'],
    ['m=topic&t=moon', '不认识的专题'],
    ['c=a99-9', '没有条款'],
    ['c=<script>', '没有条款'],
    ['q=%3Cx%3E', '题目编号无效'],
    ['m=result&exam=../../x', '考试记录编号无效'],
  ])('sends bad input %s home with a message', (search, msg) => {
    const r = parse(search);
    expect(r.view).toEqual({ kind: 'home' });
    expect(r.problems.join()).toContain(msg);
  });

  it('starts a drill at the first question when the position is not a number', () => {
    const r = parse('m=seq&i=-3');
    expect(r.view).toEqual({ kind: 'seq', i: 0 });
    expect(r.problems[0]).toContain('题号');
    expect(parse('m=seq&i=2.5').view).toEqual({ kind: 'seq', i: 0 });
  });

  it('draws a new random set when the seed is unusable, and says so', () => {
    const r = parse('m=random&seed=%E4%B8%AD');
    expect(r.view.kind).toBe('random');
    expect((r.view as { seed: string }).seed).toMatch(/^[a-z0-9]+$/);
    expect(r.problems[0]).toContain('随机码无效');
  });

  it('treats two positions in the same drill as the same view', () => {
    expect(sameView({ kind: 'seq', i: 1 }, { kind: 'seq', i: 9 })).toBe(true);
    expect(sameView({ kind: 'random', seed: 'a', i: 1 }, { kind: 'random', seed: 'b', i: 1 })).toBe(false);
  });
});
