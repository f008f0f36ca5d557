import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE, type Profile } from '../../../src/lib/applicability';
import {
  PROFILE_OPTIONS,
  describeAppliesTo,
  isAsked,
  isChosen,
  option,
  optionsOf,
  profileSummary,
  setChosen,
  type ProfileOption,
} from '../../../src/lib/profile';
import { PROFILE_HINTS, hintsAfter } from '../../../src/lib/profile-hints';
import { profileLine } from '../../../src/lib/report-text';
import type { Assessment } from '../../../src/lib/self-check';
import { INDUSTRIES, SPECIALS, SUB_SECTORS } from '../../../src/lib/taxonomy';

const profile = (p: Partial<Profile>): Profile => ({ ...EMPTY_PROFILE, ...p });
/** A profile with every box of the list ticked. */
const everything = PROFILE_OPTIONS.reduce((p, o) => setChosen(p, o, true), EMPTY_PROFILE);
const record = (p: Profile): Assessment => ({ id: 'sc-t', name: '厂', createdAt: '', updatedAt: '', profile: p, answers: {}, plans: {} });
const isFlag = (o: ProfileOption) => !['industries', 'specials', 'subSectors'].includes(o.field);

describe('the profile list', () => {
  it('has one option for every stored code and flag, with the codes unchanged', () => {
    expect(optionsOf('industries').map((o) => o.code)).toEqual([...INDUSTRIES]);
    expect(optionsOf('specials').map((o) => o.code)).toEqual([...SPECIALS]);
    expect(optionsOf('subSectors').map((o) => o.code)).toEqual([...SUB_SECTORS]);
    expect(PROFILE_OPTIONS.filter(isFlag).map((o) => o.code)).toEqual(['metalSmelting', 'contractors', 'specialOps', 'dustWorkers30']);
  });

  it('gives every option a label, a phrase and a reason', () => {
    for (const o of PROFILE_OPTIONS) {
      expect(o.label, `${o.field}.${o.code}`).not.toBe('');
      expect(o.phrase, `${o.field}.${o.code}`).not.toBe('');
      expect(o.why, `${o.field}.${o.code}`).toMatch(/第.+条|工作要点|行业专条/);
    }
  });

  it('ticks and unticks each box without touching the others', () => {
    for (const o of PROFILE_OPTIONS) {
      const on = setChosen(EMPTY_PROFILE, o, true);
      expect(PROFILE_OPTIONS.filter((x) => isChosen(on, x))).toEqual([o]);
      expect(setChosen(on, o, false)).toEqual(EMPTY_PROFILE);
    }
  });

  it('asks the 30-person question only with dust, and keeps a ticked one visible', () => {
    const q = option('dustWorkers30', 'dustWorkers30');
    expect(isAsked(EMPTY_PROFILE, q)).toBe(false);
    expect(isAsked(profile({ specials: ['dust'] }), q)).toBe(true);
    expect(isAsked(profile({ dustWorkers30: true }), q)).toBe(true);
  });
});

describe('consumer: the report line (profileLine)', () => {
  it('prints the phrase of every ticked box, the 30-person dust condition included', () => {
    const line = profileLine(record(everything));
    for (const o of PROFILE_OPTIONS) expect(line, `${o.field}.${o.code}`).toContain(o.phrase);
    expect(profileLine(record(profile({ specials: ['dust'], dustWorkers30: true })))).toBe(
      '行业：未选；存在粉尘爆炸危险；30人以上的金属粉尘、木粉尘企业（人数口径待核实）',
    );
  });

  it('prints nothing for a box that is not ticked', () => {
    expect(profileSummary(profile({ industries: ['metallurgy', 'light'] }))).toBe('行业：冶金、轻工');
  });
});

describe("consumer: an item's conditions (describeAppliesTo)", () => {
  it('reads each flag as its phrase from the list', () => {
    for (const o of PROFILE_OPTIONS.filter(isFlag)) expect(describeAppliesTo({ [o.field]: true })).toEqual([o.phrase]);
  });

  it('joins the phrases of a list field with 或, after its prefix', () => {
    const [a, b] = [option('subSectors', 'metal-dust-al-mg'), option('subSectors', 'wood-dust')];
    expect(describeAppliesTo({ subSectors: ['metal-dust-al-mg', 'wood-dust'] })).toEqual([`仅限：${a.phrase}或${b.phrase}`]);
    expect(describeAppliesTo({ specials: ['dust'] })).toEqual([`专项：${option('specials', 'dust').phrase}`]);
  });
});

describe('hints', () => {
  const alMg = option('subSectors', 'metal-dust-al-mg');
  const wet = option('subSectors', 'wet-reactive-metal-dust');
  const dust = profile({ specials: ['dust'] });

  it('suggests 遇湿自燃 when 铝镁 is ticked, citing 第十一条第（九）项 and the 昆山 case', () => {
    const hs = hintsAfter(dust, setChosen(dust, alMg, true));
    expect(hs.map((h) => h.suggest)).toEqual([wet]);
    expect(hs[0]?.why).toContain('第十一条第（九）项');
    expect(hs[0]?.why).toContain('昆山');
  });

  it('does not suggest what is already ticked, nor on a change to another box', () => {
    expect(hintsAfter(setChosen(dust, wet, true), setChosen(setChosen(dust, wet, true), alMg, true))).toEqual([]);
    const withAlMg = setChosen(dust, alMg, true);
    expect(hintsAfter(withAlMg, setChosen(withAlMg, option('industries', 'light'), true))).toEqual([]);
  });

  it('never ticks anything itself', () => {
    const after = setChosen(dust, alMg, true);
    hintsAfter(dust, after);
    expect(isChosen(after, wet)).toBe(false);
    expect(PROFILE_HINTS.every((h) => h.when !== h.suggest)).toBe(true);
  });
});
