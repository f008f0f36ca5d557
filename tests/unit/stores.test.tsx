import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { $notices, decodeVersioned } from '../../src/stores/persist';
import { SelfCheckStateSchema } from '../../src/stores/self-check-schema';
import QuestionCard from '../../src/islands/practice/QuestionCard';
import type { BankQuestion } from '../../src/lib/practice/bank';

const opts = {
  version: 1,
  label: '自查记录',
  migrate: (v: number, d: unknown) => (v === 0 && Array.isArray(d) ? { assessments: d, currentId: null } : undefined),
  validate: (d: unknown) => {
    const r = SelfCheckStateSchema.safeParse(d);
    return r.success ? (r.data as { assessments: unknown[]; currentId: string | null }) : undefined;
  },
};
const INITIAL = { assessments: [], currentId: null };

describe('versioned storage decoding', () => {
  beforeEach(() => {
    localStorage.clear();
    $notices.set([]);
  });

  it('reads a valid current-version value', () => {
    expect(decodeVersioned('k', JSON.stringify({ v: 1, data: { assessments: [], currentId: null } }), INITIAL, opts)).toEqual(INITIAL);
    expect($notices.get()).toEqual([]);
  });

  it('migrates an older version', () => {
    expect(decodeVersioned('k', JSON.stringify({ v: 0, data: [] }), INITIAL, opts)).toEqual({ assessments: [], currentId: null });
  });

  it.each([
    ['truncated JSON', '{"v":1,"data":{"assess'],
    ['wrong types', JSON.stringify({ v: 1, data: { assessments: 'x', currentId: 3 } })],
    ['a newer version', JSON.stringify({ v: 9, data: {} })],
    ['an old version that cannot be migrated', JSON.stringify({ v: 0, data: 'nope' })],
  ])('sets %s aside with a notice and starts empty', (_n, raw) => {
    expect(decodeVersioned('gmaq:test', raw, INITIAL, opts)).toEqual(INITIAL);
    const kept = Object.keys(localStorage).filter((k) => k.startsWith('gmaq:test:corrupt:'));
    expect(kept.map((k) => localStorage.getItem(k))).toEqual([raw]);
    expect($notices.get()[0]?.text).toMatch(/无法读取.*未删除/);
  });
});

describe('QuestionCard', () => {
  const q: BankQuestion = {
    id: 'q-x',
    type: 'multiple',
    stem: '干式除尘系统至少采取哪类措施中的任意一种？',
    options: ['泄爆', '惰化', '抑爆', '加大风机风量'],
    answer: [0, 1, 2],
    explanation: '第十一条第（三）项：泄爆、惰化、抑爆任一种。',
    criteria: ['a11-3'],
    topics: ['dust'],
    clauses: ['第十一条第（三）项'],
    difficulty: 1,
    appliesTo: {},
  };
  afterEach(() => document.body.replaceChildren());

  it('scores a multiple-choice answer all-or-nothing and explains it with the clause', () => {
    let result: boolean | undefined;
    render(<QuestionCard q={q} seed="s" base="/" position="第1题" onAnswer={(c) => (result = c)} />);
    fireEvent.click(screen.getByLabelText(/泄爆/));
    fireEvent.click(screen.getByLabelText(/惰化/));
    fireEvent.click(screen.getByRole('button', { name: '提交答案' }));
    expect(result).toBe(false);
    expect(screen.getByRole('status').textContent).toContain('回答错误');
    expect(screen.getByRole('status').textContent).toContain('第十一条第（三）项');
  });
});

describe('self-check import', () => {
  it('refuses wrong types inside a well-formed envelope and changes nothing', async () => {
    const { checkImport, $selfCheck } = await import('../../src/stores/self-check');
    const { makeEnvelope, toJsonText } = await import('../../src/lib/transfer');
    const before = $selfCheck.get();
    const bad = toJsonText(makeEnvelope('self-check', 1, { id: 'sc-x1', name: 3, answers: [] }));
    const r = checkImport(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/不符合自查记录的格式/);
    expect($selfCheck.get()).toBe(before);
  });

  it('accepts a valid assessment and says when it would replace one', async () => {
    const { checkImport, importAssessment, $selfCheck } = await import('../../src/stores/self-check');
    const { makeEnvelope, toTextCode } = await import('../../src/lib/transfer');
    const a = {
      id: 'sc-abc123',
      name: '甲厂',
      createdAt: '2026-01-01',
      updatedAt: '2026-01-02',
      profile: {
        industries: ['metallurgy'],
        specials: [],
        metalSmelting: false,
        contractors: false,
        specialOps: false,
        dustWorkers30: false,
        subSectors: ['gone-sub-sector'],
      },
      answers: { 'a4-1': { answer: 'no' } },
      plans: {},
    };
    const first = checkImport(toTextCode(makeEnvelope('self-check', 1, a)));
    expect(first.ok && first.exists).toBe(false);
    if (first.ok) {
      expect(first.assessment.profile.subSectors).toEqual([]);
      importAssessment(first.assessment);
    }
    const again = checkImport(toTextCode(makeEnvelope('self-check', 1, a)));
    expect(again.ok && again.exists).toBe(true);
    expect($selfCheck.get().assessments.map((x) => x.id)).toContain('sc-abc123');
  });
});

describe('practice store', () => {
  it('puts a wrong answer in the wrong book at once and schedules its review card once the scheduler loads', async () => {
    const { $practice, recordAnswer } = await import('../../src/stores/practice');
    const { dueIds } = await import('../../src/lib/practice/cards');
    const now = new Date('2026-11-29T08:00:00Z');
    const pending = recordAnswer('q-a4-1-1', false, now);
    expect($practice.get().wrong['q-a4-1-1']?.misses).toBe(1);
    await pending;
    const card = $practice.get().cards['q-a4-1-1'];
    expect(card?.lapses ?? card?.reps).toBeDefined();
    expect(dueIds($practice.get().cards, new Date(now.getTime() + 24 * 3600 * 1000), new Set(['q-a4-1-1']))).toEqual(['q-a4-1-1']);
  });

  it('does not create a card for a right answer to a question never reviewed', async () => {
    const { $practice, recordAnswer } = await import('../../src/stores/practice');
    await recordAnswer('q-fresh', true);
    expect($practice.get().cards['q-fresh']).toBeUndefined();
    expect($practice.get().answered['q-fresh']).toMatchObject({ n: 1, right: 1, last: true });
  });
});

describe('setting bad data aside', () => {
  it('keeps one copy when the same bad value is decoded twice', () => {
    localStorage.clear();
    $notices.set([]);
    decodeVersioned('gmaq:twice', '{broken', INITIAL, opts);
    decodeVersioned('gmaq:twice', '{broken', INITIAL, opts);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('gmaq:twice:corrupt:'))).toHaveLength(1);
    expect($notices.get()).toHaveLength(1);
  });
});
