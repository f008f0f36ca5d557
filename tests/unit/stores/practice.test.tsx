import { beforeEach, describe, expect, it } from 'vitest';
import { makeEnvelope, toTextCode } from '../../../src/lib/transfer';
import { countWrites, newDevice, openTab } from './device';
import { must } from '../../must';

beforeEach(newDevice);

const exam = { kind: 'exam' as const, seed: 's1', ids: ['q-a4-1-1', 'q-a4-1-2', 'q-a4-1-3'], minutes: 20, passMark: 80 };

describe('practice records', () => {
  it('writes one record per answer, with the review card in the same write once the scheduler is loaded', async () => {
    const t = await openTab();
    await t.pr.loadScheduler();
    const calls = countWrites(t);
    await t.pr.recordAnswer('q-a4-1-1', false);
    expect(calls).toEqual([1]);
    await t.vault.settled();
    const p = (await openTab()).pr.$practice.get();
    expect(p.wrong['q-a4-1-1']).toMatchObject({ misses: 1, streak: 0 });
    expect(p.cards['q-a4-1-1']).toBeDefined();
  });

  it('submits an exam in one write, and keeps the history at 200 by dropping the oldest', async () => {
    const t = await openTab();
    await t.pr.loadScheduler();
    const base = {
      kind: 'exam' as const,
      seed: 's',
      code: 'ABCDEF',
      questionIds: [],
      answers: {},
      score: 0,
      passed: false,
      passMark: 80,
      seconds: 1,
    };
    for (let i = 0; i < 200; i++)
      t.pr.submitAttempt(null, { ...base, id: `ex-${i}`, at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() }, []);
    const a = t.pr.startAttempt(exam);
    if (!a.ok) throw new Error(a.error);
    t.pr.answerInAttempt(a.id, 'q-a4-1-1', [0]);
    await t.vault.settled();
    const calls = countWrites(t);
    t.pr.submitAttempt(
      a.id,
      { ...base, id: 'ex-new', at: '2026-12-01T00:00:00.000Z', questionIds: exam.ids },
      exam.ids.map((id) => ({ id, correct: false })),
    );
    expect(calls).toHaveLength(1);
    await t.vault.settled();
    const p = (await openTab()).pr.$practice.get();
    expect(p.history).toHaveLength(200);
    expect(must(p.history[0]).id).toBe('ex-new');
    expect(p.history.some((h) => h.id === 'ex-0')).toBe(false);
    expect(p.attempts).toEqual([]);
    expect(Object.keys(p.wrong).sort()).toEqual([...exam.ids].sort());
  });

  it('keeps a mock exam in progress when a trainer paper is started', async () => {
    const t = await openTab();
    const a = t.pr.startAttempt(exam);
    if (!a.ok) throw new Error(a.error);
    for (const id of exam.ids) t.pr.answerInAttempt(a.id, id, [1]);
    const p = t.pr.startAttempt({ ...exam, kind: 'paper', seed: 'SZ0612', minutes: 0 });
    expect(p.ok).toBe(true);
    await t.vault.settled();
    const attempts = (await openTab()).pr.$practice.get().attempts;
    expect(attempts.map((x) => x.kind).sort()).toEqual(['exam', 'paper']);
    expect(Object.keys(must(attempts.find((x) => x.kind === 'exam')).answers)).toHaveLength(3);
  });

  it('merges two tabs answering different questions of one exam', async () => {
    const t = await openTab();
    const a = t.pr.startAttempt(exam);
    if (!a.ok) throw new Error(a.error);
    const start = must(t.pr.attempts.$items.get()[a.id]);
    const one = {
      ...start,
      answers: { 'q-a4-1-1': [0] },
      ts: { 'answers/q-a4-1-1': '2026-12-01T00:00:01.000Z' },
      updatedAt: '2026-12-01T00:00:01.000Z',
    };
    const two = {
      ...start,
      answers: { 'q-a4-1-2': [2] },
      ts: { 'answers/q-a4-1-2': '2026-12-01T00:00:02.000Z' },
      updatedAt: '2026-12-01T00:00:02.000Z',
    };
    expect(t.pr.attempts.spec.merge(one, two).answers).toEqual({ 'q-a4-1-1': [0], 'q-a4-1-2': [2] });
  });

  it('asks before an import with only favourites touches anything, and merging keeps review cards', async () => {
    const t = await openTab();
    await t.pr.loadScheduler();
    await t.pr.recordAnswer('q-a4-1-1', false);
    t.pr.toggleFavorite('q-a4-1-1');
    const data = {
      answered: {},
      wrong: {},
      favorites: ['q-a5-1-1'],
      history: [],
      cards: {},
      settings: { examN: 20, examMinutes: 20, passMark: 80, onlyMine: false },
      quickProfile: null,
    };
    const flow = t.prt.checkPracticeImport(toTextCode(makeEnvelope('practice', 2, { ...data, exam: null })));
    if ('error' in flow) throw new Error(flow.error);
    expect(flow.question).toMatch(/本机已有练习记录/);
    expect(flow.choices.map((c) => c.label)).toEqual([expect.stringMatching(/^合并/), expect.stringMatching(/^替换/)]);
    must(flow.choices[0]).run();
    await t.vault.settled();
    const p = (await openTab()).pr.$practice.get();
    expect(p.favorites.sort()).toEqual(['q-a4-1-1', 'q-a5-1-1']);
    expect(p.cards['q-a4-1-1']).toBeDefined();
    expect(p.wrong['q-a4-1-1']).toBeDefined();
  });
});
