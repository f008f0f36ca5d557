import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_PROFILE, type Profile } from '../../../src/lib/applicability';
import { latestProfile } from '../../../src/stores/practice-profile';
import { must } from '../../must';
import { newDevice, openTab } from './device';

const nonferrous: Profile = { ...EMPTY_PROFILE, industries: ['nonferrous'] };
const ammonia: Profile = { ...EMPTY_PROFILE, specials: ['ammonia'] };

/** A practice page: only the practice store, as PracticeApp loads it; resolves with the profile once it is known. */
async function practiceTab() {
  vi.resetModules();
  const pr = await import('../../../src/stores/practice');
  const site = await import('../../../src/stores/site');
  await site.startVault();
  const seen: (Profile | null | undefined)[] = [];
  const off = pr.$practiceProfile.subscribe((p) => seen.push(p));
  await vi.waitFor(() => expect(pr.$practiceProfile.get()).not.toBeUndefined());
  off();
  return { pr, seen, profile: pr.$practiceProfile.get() };
}

describe('practice: the self-check profile without the self-check store', () => {
  beforeEach(newDevice);
  afterEach(() => {
    vi.doUnmock('../../../src/stores/self-check');
  });

  it('picks the most recently changed assessment', () => {
    expect(latestProfile([])).toBeNull();
    const list = [
      { updatedAt: '2026-11-01T00:00:00.000Z', profile: nonferrous },
      { updatedAt: '2026-11-30T00:00:00.000Z', profile: ammonia },
      { updatedAt: '2026-11-15T00:00:00.000Z', profile: EMPTY_PROFILE },
    ];
    expect(latestProfile(list)).toBe(ammonia);
  });

  it('with no assessment stored, uses the quick profile and never loads the self-check store', async () => {
    const first = await openTab();
    first.pr.chooseQuickProfile(nonferrous);
    await first.vault.settled();
    // A practice page must not need the self-check store here: any attempt to load it is recorded.
    let asked = false;
    vi.doMock('../../../src/stores/self-check', () => {
      asked = true;
      throw new Error('the self-check store was loaded');
    });
    const t = await practiceTab();
    expect(t.profile).toEqual(nonferrous);
    expect(asked).toBe(false);
    // Nothing was ordered before the profile was known: the first value seen is "not known yet".
    expect(t.seen[0]).toBeUndefined();
  });

  it('with assessments stored, uses the latest one’s profile, not the quick profile', async () => {
    const first = await openTab();
    first.pr.chooseQuickProfile(ammonia);
    const older = first.sc.createAssessment('甲厂', EMPTY_PROFILE);
    expect(older.ok).toBe(true);
    await new Promise((r) => setTimeout(r, 5));
    const newer = first.sc.createAssessment('乙厂', nonferrous);
    expect(newer.ok).toBe(true);
    await first.vault.settled();
    const t = await practiceTab();
    expect(t.profile).toEqual(nonferrous);
    expect(t.seen.filter((p) => p !== undefined)).toEqual([nonferrous]);
  });

  it('follows an assessment created in another tab after the practice page opened, without a reload', async () => {
    // The other tab is open first (its own copy of the stores), the practice page second: at its opening nothing is stored.
    const other = await openTab();
    const t = await practiceTab();
    expect(t.profile).toBeNull();
    const r = other.sc.createAssessment('甲厂', ammonia);
    expect(r.ok).toBe(true);
    await other.vault.settled();
    // The practice page's vault hears of the new record, loads the self-check store (its own copy) and reads it.
    await vi.waitFor(() => expect(t.pr.$practiceProfile.get()).toEqual(ammonia));
  });

  it('moves to a profile saved later, as before (the store follows the assessments)', async () => {
    const first = await openTab();
    const r = first.sc.createAssessment('甲厂', EMPTY_PROFILE);
    await first.vault.settled();
    const t = await practiceTab();
    expect(t.profile).toEqual(EMPTY_PROFILE);
    const sc = await import('../../../src/stores/self-check');
    sc.saveProfile(must(r.ok ? r.id : undefined), '甲厂', ammonia);
    await vi.waitFor(() => expect(t.pr.$practiceProfile.get()).toEqual(ammonia));
  });
});
