import { describe, expect, it } from 'vitest';
import { readPracticeExport } from '../../../src/stores/practice-schema';

// A v2 value saved before 2026-12: no trainee name, flags, 考场模式 or role set. It must still validate as it is.
const before = {
  answered: {},
  wrong: {},
  favorites: [],
  history: [
    {
      id: 'ex-abc',
      at: '2026-11-20T08:00:00.000Z',
      kind: 'paper',
      seed: 'SZ0612',
      code: 'FLMU5E',
      questionIds: ['q-a4-1-1'],
      answers: { 'q-a4-1-1': [0] },
      score: 100,
      passed: true,
      passMark: 80,
      seconds: 60,
    },
  ],
  cards: {},
  settings: { examN: 20, examMinutes: 20, passMark: 80, onlyMine: false },
  quickProfile: null,
  exam: { kind: 'exam', seed: 's', ids: ['q-a4-1-1'], answers: {}, index: 0, startedAt: 1, minutes: 20, passMark: 80 },
};

describe('practice data with the optional fields of 2026-12', () => {
  it('loads data saved before the fields existed, unchanged', () => {
    const r = readPracticeExport(2, before);
    expect(r).toBeDefined();
    expect(r?.settings.strict).toBeUndefined();
    expect(r?.history[0]?.name).toBeUndefined();
  });

  it('keeps the new fields when present', () => {
    const now = {
      ...before,
      settings: { ...before.settings, strict: true, role: 'principal', autoNext: true },
      history: [{ ...before.history[0], name: '张三', flagged: ['q-a4-1-1'] }],
      exam: { ...before.exam, name: '张三', strict: true, flagged: [] },
    };
    const r = readPracticeExport(2, now);
    expect(r?.settings).toMatchObject({ strict: true, role: 'principal', autoNext: true });
    expect(r?.history[0]?.name).toBe('张三');
    expect(Object.values(r?.attempts ?? {})[0]?.strict).toBe(true);
  });

  it('refuses an unknown role set rather than storing it', () => {
    expect(readPracticeExport(2, { ...before, settings: { ...before.settings, role: 'boss' } })).toBeUndefined();
  });
});
