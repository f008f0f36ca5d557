import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE, type Profile } from '../../../src/lib/applicability';
import { buildCheckItems, type CheckItem } from '../../../src/lib/checks';
import { hideQuestion, hiddenByProfile } from '../../../src/lib/profile-change';
import type { Assessment } from '../../../src/lib/self-check';
import { crit } from '../../fixtures/catalogue';

const items: CheckItem[] = buildCheckItems(
  [
    crit(3, 1, { appliesTo: { contractors: true } }),
    crit(11, 3, { appliesTo: { specials: ['dust'] } }),
    crit(11, 4, { appliesTo: { specials: ['dust'] } }),
    crit(11, 9, { appliesTo: { specials: ['dust'], subSectors: ['wet-reactive-metal-dust'] } }),
  ],
  [],
);
const profile: Profile = { ...EMPTY_PROFILE, specials: ['dust'], contractors: true, subSectors: ['wet-reactive-metal-dust'] };
const a: Assessment = {
  id: 'sc-t',
  name: '厂',
  createdAt: '2026-06-01T00:00:00.000Z',
  updatedAt: '2026-06-01T00:00:00.000Z',
  profile,
  answers: { 'a3-1': { answer: 'no' }, 'a11-3': { answer: 'no' }, 'a11-4': { answer: 'ok' }, 'a11-9': { answer: 'failed' } },
  plans: {},
};

describe('hiddenByProfile', () => {
  it('names the findings an untick would hide and counts the other answers', () => {
    const h = hiddenByProfile(a, items, { ...profile, specials: [] });
    expect(h.findings.map((f) => f.item.id)).toEqual(['a11-3', 'a11-9']);
    expect(h.otherAnswers).toBe(1);
  });

  it('hides only what depends on the box: a sub-sector takes its one item', () => {
    const h = hiddenByProfile(a, items, { ...profile, subSectors: [] });
    expect(h.findings.map((f) => f.item.id)).toEqual(['a11-9']);
    expect(h.otherAnswers).toBe(0);
  });

  it('finds nothing when the change hides no answered item', () => {
    const fresh = { ...a, answers: {} };
    expect(hiddenByProfile(fresh, items, EMPTY_PROFILE)).toEqual({ findings: [], otherAnswers: 0 });
    expect(hideQuestion(hiddenByProfile(fresh, items, EMPTY_PROFILE))).toBeUndefined();
  });
});

describe('hideQuestion', () => {
  it('says how many, which, and that the answers are kept', () => {
    const q = hideQuestion(hiddenByProfile(a, items, { ...profile, specials: [] })) ?? '';
    expect(q).toContain('2 项已发现的问题');
    expect(q).toContain('第十一条第（三）项 条目11-3');
    expect(q).toContain('第十一条第（九）项 条目11-9');
    expect(q).toContain('另有 1 条');
    expect(q).toContain('重新勾选后会恢复');
  });

  it('lists at most the given number of titles and the total', () => {
    const q = hideQuestion(hiddenByProfile(a, items, EMPTY_PROFILE), 1) ?? '';
    expect(q).toContain('3 项已发现的问题');
    expect(q.match(/^· /gm)).toHaveLength(1);
    expect(q).toContain('等共 3 项');
  });
});
