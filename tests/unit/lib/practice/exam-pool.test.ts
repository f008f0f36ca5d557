import { describe, expect, it } from 'vitest';
import type { BankQuestion } from '../../../../src/lib/practice/bank';
import { buildBank } from '../../../../src/lib/practice/build-bank';
import { drawPaper, examPool, isExtension } from '../../../../src/lib/practice/select';
import { buildCheckItems, RECURRENCE_NOTES } from '../../../../src/lib/checks';
import { must } from '../../../must';

const q = (id: string, pool?: 'extension'): BankQuestion => ({
  id,
  type: 'judge',
  stem: `题 ${id}`,
  options: ['正确', '错误'],
  answer: [0],
  explanation: '解析',
  criteria: [],
  topics: [id.startsWith('d') ? 'dust' : 'law'],
  clauses: [],
  difficulty: 1,
  appliesTo: {},
  ...(pool ? { pool } : {}),
});
// Every third question is 拓展, spread over both topics.
const bank = Array.from({ length: 30 }, (_, i) => q(`${i % 2 ? 'd' : 'l'}${i}`, i % 3 === 0 ? 'extension' : undefined));

describe('mock exams and trainer papers never draw 拓展 questions', () => {
  it.each(['seed-a', 'seed-b', 'SZ0612'])('a full-size paper for seed %s holds no 拓展 question', (seed) => {
    const paper = drawPaper(bank, 30, seed);
    expect(paper.filter(isExtension)).toEqual([]);
    expect(paper).toHaveLength(20); // all 20 main-pool questions, not 30
  });

  it('the exam pool is the bank minus the 拓展 set, in bank order', () => {
    expect(examPool(bank).map((x) => x.id)).toEqual(bank.filter((_, i) => i % 3 !== 0).map((x) => x.id));
  });

  it('a paper built only from 拓展 questions is empty rather than drawing them', () => {
    expect(drawPaper(bank.filter(isExtension), 10, 's')).toEqual([]);
  });
});

describe('the bank carries the pool', () => {
  const authored = (id: string, pool?: 'main' | 'extension') => ({
    id,
    type: 'judge' as const,
    stem: '题干八个字以上啊',
    answer: true,
    explanation: '解析十个字以上的文字',
    criteria: [],
    basis: [{ regulation: 'work-safety-law' }],
    difficulty: 1 as const,
    pool,
  });

  it('marks 拓展 questions and leaves main-pool ones without the field', () => {
    const [a, b, c] = buildBank([authored('q-1', 'extension'), authored('q-2', 'main'), authored('q-3')], [], {});
    expect(must(a).pool).toBe('extension');
    expect(b).not.toHaveProperty('pool');
    expect(c).not.toHaveProperty('pool');
  });
});

describe('the self-check tells a standing duty from a passed 2024 deadline', () => {
  const duty = (id: string, recurrence: 'recurring' | 'one-off') => ({
    id,
    task: 8,
    duty: '接入监测预警系统',
    desiredState: '已接入系统并上传数据',
    when: recurrence === 'one-off' ? '2024年底前' : '每季度1次',
    who: '全部工贸企业',
    checks: ['查记录'],
    appliesTo: {},
    recurrence,
  });

  it.each([
    ['one-off', '期限已过'],
    ['recurring', '现在仍要坚持'],
  ] as const)('a %s duty says so in its detail', (recurrence, words) => {
    const [item] = buildCheckItems([], [duty('wp2024-t8-x', recurrence)]);
    expect(must(item).detail).toContain(RECURRENCE_NOTES[recurrence]);
    expect(must(item).detail).toContain(words);
    expect(must(item).statement.includes('期限已过')).toBe(recurrence === 'one-off');
  });
});
