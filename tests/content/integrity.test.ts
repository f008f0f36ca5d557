import { describe, expect, it } from 'vitest';
import { DOMAINS, SUB_SECTOR_INFO, clauseLabel, criterionId, domainOfArticle } from '../../src/lib/taxonomy';
import { loadCases, loadCriteria, loadDuties, loadQuestions, loadRegulations } from './load';
import { must } from '../must';

const criteria = loadCriteria();
const regulations = loadRegulations();
const cases = loadCases();
const questions = loadQuestions();
const duties = loadDuties();
const regulationIds = new Set(regulations.map((r) => r.id));
const criterionIds = new Set(criteria.map((c) => c.id));
const ASCII_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('ids', () => {
  it('every id in every collection is ASCII and unique across its collection', () => {
    for (const list of [criteria, regulations, cases, questions, duties]) {
      const ids = list.map((e) => e.id);
      for (const id of ids) expect(id, id).toMatch(ASCII_ID);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('each criterion file is named after its article and item', () => {
    for (const c of criteria) expect(c.id, c.file).toBe(criterionId(c.data.article, c.data.item));
  });
});

describe('the 64 criteria of 令第10号', () => {
  it('has exactly 64 items, 3 管理类 + 47 行业类 + 14 专项类', () => {
    expect(criteria).toHaveLength(64);
    const byGroup = { management: 0, industry: 0, special: 0 };
    for (const c of criteria) byGroup[must(domainOfArticle(c.data.article)).group]++;
    expect(byGroup).toEqual({ management: 3, industry: 47, special: 14 });
  });

  it.each(DOMAINS.map((d) => [clauseLabel(d.article), d.count, d.article] as const))('%s has %i items numbered from 1', (_l, count, article) => {
    const items = criteria.filter((c) => c.data.article === article).map((c) => c.data.item).sort((a, b) => a - b);
    expect(items).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  });

  // Statement, checks, conditions and sources are enforced by CriterionSchema; the MDX body is outside the schema.
  it('every item has a body (为什么危险)', () => {
    for (const c of criteria) {
      expect(c.body.trim().length, `${c.file}: 正文（为什么危险）不能为空`).toBeGreaterThan(40);
    }
  });

  it('industry items are limited to their industry and special items to their domain', () => {
    for (const c of criteria) {
      const d = must(domainOfArticle(c.data.article));
      if ('industry' in d) expect(c.data.appliesTo.industries, c.file).toContain(d.industry);
      if ('special' in d) expect(c.data.appliesTo.specials, c.file).toContain(d.special);
    }
  });

  // The profile form asks about a sub-sector only under the industries/specials in its `for`; an item whose own
  // industry or special is missing there could never be selected.
  it('every sub-sector an item depends on is asked under that item\'s industry or special domain', () => {
    for (const c of criteria) {
      const own: string[] = [...(c.data.appliesTo.industries ?? []), ...(c.data.appliesTo.specials ?? [])];
      for (const s of c.data.appliesTo.subSectors ?? []) {
        expect(SUB_SECTOR_INFO[s].for.some((x) => own.includes(x)), `${c.file} › appliesTo.subSectors › ${s}`).toBe(true);
      }
    }
  });

  it('every item that names a monitoring, alarm or protection device carries the Article 14 flag', () => {
    // "检测" alone is not a device: in 第十三条第（二）项 "先通风、再检测、后作业" it is a step of the procedure, and
    // Article 14 covers only devices the item names. A detector is named as 检测报警/装置/设备/仪.
    const deviceWords = /报警|监测|联锁|检测(?:报警|装置|设备|仪)|防爆|泄爆|惰化|抑爆|切断|隔断|灭火|锁气卸灰|火花探测|防毒面具|排水器|防过热|应急水源|冷却保护/;
    for (const c of criteria) {
      if (deviceWords.test(c.data.statement)) expect(c.data.article14, `${c.file} 提到设施设备，应标 article14`).toBe(true);
    }
  });

  it('every regulation referenced by a criterion exists', () => {
    for (const c of criteria) {
      for (const b of c.data.basis) expect(regulationIds, `${c.file} › basis ${b.regulation}`).toContain(b.regulation);
      if (c.data.penalty) expect(regulationIds, `${c.file} › penalty`).toContain(c.data.penalty.regulation);
    }
  });
});

describe('regulations', () => {
  // Status and 核对日期 are enforced by RegulationSchema; whether a successor exists needs the whole collection.
  it('a replaced regulation names an existing successor', () => {
    for (const r of regulations) {
      if (r.data.replacedBy) expect(regulationIds, `${r.file} › replacedBy`).toContain(r.data.replacedBy);
    }
  });

  it('includes the criteria, the work plan and the rules the criteria rest on', () => {
    for (const id of ['major-hazard-criteria', 'work-plan-2024', 'work-safety-law']) expect(regulationIds).toContain(id);
  });
});

describe('cases', () => {
  // At least one source is enforced by CaseSchema; whether a cited criterion exists needs the criteria collection.
  it('every case cites existing criteria', () => {
    for (const c of cases) {
      for (const ref of c.data.criteria) expect(criterionIds, `${c.file} › criteria ${ref.id}`).toContain(ref.id);
    }
  });
});

describe('questions', () => {
  it('every question cites an existing criterion or regulation', () => {
    for (const q of questions) {
      for (const id of q.data.criteria) expect(criterionIds, `${q.file} › ${q.id} › criteria`).toContain(id);
      for (const b of q.data.basis) expect(regulationIds, `${q.file} › ${q.id} › basis`).toContain(b.regulation);
    }
  });

  it('no two questions share a stem', () => {
    const stems = new Map<string, string>();
    for (const q of questions) {
      const key = q.data.stem.replace(/\s+/g, '');
      expect(stems.get(key), `${q.id} 与 ${stems.get(key)} 题干重复`).toBeUndefined();
      stems.set(key, q.id);
    }
  });
});

describe('work-plan duties', () => {
  it('ids carry the task number and basis regulations exist', () => {
    for (const d of duties) {
      expect(d.id.startsWith(`wp2024-t${d.data.task}-`), d.id).toBe(true);
      for (const b of d.data.basis) expect(regulationIds, `${d.file} › ${d.id}`).toContain(b.regulation);
    }
  });
});

describe('trainer kits', () => {
  it('there is a kit for every required topic and its criteria exist', async () => {
    const { loadKits } = await import('./load');
    const kits = loadKits();
    for (const t of ['molten-metal', 'gas', 'dust', 'ammonia', 'confined-space', 'contractors', 'special-ops']) expect(kits.map((k) => k.id)).toContain(t);
    for (const k of kits) for (const id of k.data.criteria) expect(criterionIds, `${k.file} › ${k.id} › ${id}`).toContain(id);
  });
});

describe('case coverage', () => {
  it('has at least 20 cases covering every case domain, Shanxi included', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    const topics = new Set(cases.flatMap((c) => c.data.topics));
    for (const t of ['molten-metal', 'gas', 'al-casting', 'dust', 'ammonia', 'confined-space', 'contractors']) expect(topics, t).toContain(t);
    expect(cases.filter((c) => c.data.province === 'shanxi').length).toBeGreaterThanOrEqual(5);
  });

  // That a source link is an official *.gov.cn page is CaseSourceSchema's job (OfficialUrlSchema, tested in
  // tests/unit/lib/content-error.test.ts); load.ts parses every case with the schema, so it is not checked again here.
});

describe('question bank coverage', () => {
  it('has at least 300 questions', () => {
    expect(questions.length).toBeGreaterThanOrEqual(300);
  });

  // Counted in the main pool only: that is what mock exams and trainer papers draw from.
  it('covers every criterion with at least 3 main-pool questions from at least 2 angles', () => {
    const thin: string[] = [];
    for (const c of criteria) {
      const qs = questions.filter((q) => q.data.pool === 'main' && q.data.criteria.includes(c.id));
      const angles = new Set(qs.map((q) => q.data.angle));
      if (qs.length < 3 || angles.size < 2) thin.push(`${c.id}: ${qs.length} 题, ${angles.size} 个角度`);
    }
    expect(thin).toEqual([]);
  });

  it('has at least 40 questions on the duties behind the criteria', () => {
    expect(questions.filter((q) => q.data.criteria.length === 0).length).toBeGreaterThanOrEqual(40);
  });

  it('uses all four question types', () => {
    expect(new Set(questions.map((q) => q.data.type))).toEqual(new Set(['single', 'multiple', 'judge', 'scenario']));
  });

  it('never offers an option that refers to the other options (the site shuffles them)', () => {
    const bad = questions.filter((q) => q.data.options?.some((o) => /以上(都|均|全)|上述(都|均|全)|A和B|全部正确/.test(o)));
    expect(bad.map((q) => q.id)).toEqual([]);
  });
});

describe('work plan 原文 and mends', () => {
  it('the published 原文 is the seed text unchanged (SHA-256 of ../shared/seed/work-plan-2024.txt)', async () => {
    const { readFileSync } = await import('node:fs');
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256').update(readFileSync('content/work-plan/original.txt')).digest('hex');
    expect(hash).toBe('a6a3066839a91b9e9e7765bd55cd3f4c0077942e25caa53ee84a46e409a7770e');
  });

  it('every mend matches exactly once where it says, and the plan has 5 parts and 20 tasks', async () => {
    const { readFileSync } = await import('node:fs');
    const { applyMends, parsePlan, taskCount } = await import('../../src/lib/work-plan');
    const { loadMends, loadTasks } = await import('./load');
    const plan = parsePlan(readFileSync('content/work-plan/original.txt', 'utf8'));
    expect(plan.parts).toHaveLength(5);
    expect(taskCount(plan)).toBe(20);
    expect(loadTasks()).toHaveLength(20);
    const text = (at: string) =>
      at === 'header' ? plan.header : at.startsWith('part-') ? must(plan.parts[Number(at.slice(5)) - 1]).heading : must(plan.parts.flatMap((p) => p.tasks).find((t) => `task-${t.number}` === at)).text;
    for (const m of loadMends()) expect(() => applyMends(text(m.data.at), [m.data]), m.id).not.toThrow();
  });
});

describe('MDX bodies', () => {
  it('never break a line between two Chinese characters (the break would render as a stray space)', () => {
    const wrapped = /[\u4e00-\u9fff，。、；：？！“”（）]\n[ \t]*[\u4e00-\u9fff“（]/;
    const bad = [...criteria, ...regulations, ...cases].filter((e) => wrapped.test(e.body)).map((e) => e.file);
    expect(bad).toEqual([]);
  });
});

describe('retired question ids', () => {
  it('are never reused', async () => {
    const { readFileSync } = await import('node:fs');
    const retired = readFileSync('content/questions/retired.txt', 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    expect(retired.length).toBeGreaterThan(0);
    for (const id of retired) expect(questions.map((q) => q.id)).not.toContain(id);
  });
});
