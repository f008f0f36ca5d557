import { describe, expect, it } from 'vitest';
import { aggregateClass } from '../../../../src/lib/practice/class-record';
import type { ResultData } from '../../../../src/lib/result-code';

const paper = { paper: 'SZ0613', version: 'K3F0', questions: ['q1', 'q2', 'q3', 'q4', 'q5'] };
const r = (name: string, wrong: number[], over: Partial<ResultData> = {}): ResultData => ({
  paper: 'SZ0613',
  version: 'K3F0',
  name,
  total: 5,
  wrong,
  score: Math.round(((5 - wrong.length) / 5) * 100),
  ...over,
});

describe('class aggregation', () => {
  it('lists who passed, the scores and the most-missed questions', () => {
    const s = aggregateClass([r('张三', [2]), r('李四', [2, 4]), r('王五', [])], paper, 80);
    expect(s.rows.map((x) => [x.name, x.score])).toEqual([
      ['王五', 100],
      ['张三', 80],
      ['李四', 60],
    ]);
    expect(s.passed).toEqual(['王五', '张三']);
    expect(s.failed).toEqual(['李四']);
    expect(s.mostMissed.map((m) => [m.position, m.question, m.misses])).toEqual([
      [2, 'q2', 2],
      [4, 'q4', 1],
    ]);
    expect(s.average).toBe(80);
  });

  it('applies the pass mark chosen (85 fails an 80)', () => {
    expect(aggregateClass([r('张三', [2])], paper, 85).failed).toEqual(['张三']);
  });

  it('keeps only the latest code of a trainee who retook the paper', () => {
    const s = aggregateClass([r('李四', [1, 2, 3]), r('李四', [])], paper, 80);
    expect(s.rows).toEqual([{ name: '李四', score: 100, passed: true, wrong: [], attempts: 2 }]);
    expect(s.mostMissed).toEqual([]);
  });

  it('sets aside codes from another paper or another version of it', () => {
    const s = aggregateClass([r('张三', []), r('赵六', [], { paper: 'OTHER' }), r('钱七', [], { version: 'ZZZZ' })], paper, 80);
    expect(s.rows.map((x) => x.name)).toEqual(['张三']);
    expect(s.foreign.map((x) => x.name)).toEqual(['赵六', '钱七']);
  });

  it('gives an empty class no average', () => {
    expect(aggregateClass([], paper, 80)).toMatchObject({ rows: [], average: null });
  });
});
