import { describe, expect, it } from 'vitest';

// A v1 value saved before the in-progress exam existed; the store must load it (migrated), not set it aside.
const v1 = {
  v: 1,
  data: {
    answered: { 'q-a4-1-1': { n: 2, right: 1, last: true, at: '2026-10-01T00:00:00.000Z' } },
    wrong: {},
    favorites: ['q-a4-1-1'],
    history: [],
    cards: {},
    settings: { examN: 20, examMinutes: 20, passMark: 80, onlyMine: false },
    quickProfile: null,
  },
};

describe('practice data migration', () => {
  it('loads v1 data saved by an older version and adds the new field', async () => {
    localStorage.setItem('gmaq:practice', JSON.stringify(v1));
    const { $practice } = await import('../../src/stores/practice');
    const { $notices } = await import('../../src/stores/persist');
    expect($practice.get().favorites).toEqual(['q-a4-1-1']);
    expect($practice.get().exam).toBeNull();
    expect($notices.get()).toEqual([]);
  });

  it('imports a v1 export too', async () => {
    const { checkPracticeImport } = await import('../../src/stores/practice');
    const { makeEnvelope, toJsonText } = await import('../../src/lib/transfer');
    const r = checkPracticeImport(toJsonText(makeEnvelope('practice', 1, v1.data)));
    expect('error' in r).toBe(false);
  });
});
