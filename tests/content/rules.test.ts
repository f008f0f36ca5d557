import { describe, expect, it } from 'vitest';
import { brokenRefs } from '../../src/lib/content-refs';
import { collectRefs, knownIds, type ContentSet } from '../../src/lib/content-graph';
import { findUnofficialUrls } from '../../src/lib/body-links';
import { loadKits } from './load';
import { loadCases, loadChanges, loadCriteria, loadDuties, loadFacts, loadQuestions, loadRegulations } from './load';
import { must } from '../must';
import { OPTION_LETTERS } from '../../src/lib/practice/bank';

const criteria = loadCriteria();
const regulations = loadRegulations();
const questions = loadQuestions();
const changes = loadChanges();

describe('the one hedging rule (content/README.md)', () => {
  it.each(['a7-7', 'a8-6', 'a9-1', 'a13-1', 'a11-2'])('%s states its open reading in openReadings', (id) => {
    expect(must(criteria.find((c) => c.id === id)).data.openReadings.length).toBeGreaterThan(0);
  });

  it('no criterion retypes the hedge outside openReadings (no 按字面 in its other fields)', () => {
    const bad: string[] = [];
    for (const c of criteria) {
      const { openReadings: _skip, ...rest } = c.data;
      const text = JSON.stringify(rest) + c.body;
      if (/按(条文)?字面|字面(含义|理解|读法)/.test(text)) bad.push(c.file);
    }
    expect(bad).toEqual([]);
  });

  it('regulation pages and trainer kits point to the criterion page instead of restating a reading', () => {
    const others = [...regulations.map((r) => ({ file: r.file, text: JSON.stringify(r.data) + r.body })), ...loadKits().map((k) => ({ file: k.file, text: JSON.stringify(k.data) }))];
    expect(others.filter((o) => /按(条文)?字面|字面(含义|理解|读法)/.test(o.text)).map((o) => o.file)).toEqual([]);
  });

  it('each open reading quotes words the statement actually has', () => {
    // The statement is plain language (没有 for the rule's 未), so 未 matches either.
    for (const c of criteria) {
      for (const r of c.data.openReadings) expect(c.data.statement.replace(/\s/g, ''), c.file).toMatch(new RegExp(r.words.replace(/未/g, '(未|没有)')));
    }
  });
});

describe('A11-2 correction', () => {
  it('puts 互联互通 in the branch about different buildings and fire compartments and keeps 易加剧爆炸危险的', () => {
    const a = must(criteria.find((c) => c.id === 'a11-2')).data;
    expect(a.statement).toContain('易加剧爆炸危险的介质');
    expect(a.conditions.find((x) => x.includes('互联互通'))).toMatch(/不同建（构）筑物、不同防火分区/);
    expect(a.misreadings.some((m) => m.startsWith('“互联互通”单独构成'))).toBe(false);
  });

  it('its questions no longer key on 互联互通 as a situation of its own', () => {
    for (const id of ['q-a11-2-1', 'q-a11-2-3']) {
      const q = must(questions.find((x) => x.id === id)).data;
      const keyed = [...String(q.answer)].map((l) => must(must(q.options)[OPTION_LETTERS.indexOf(l)]));
      for (const o of keyed.filter((o) => o.includes('互联互通'))) expect(o, id).toMatch(/不同(建（构）筑物|防火分区)|两栋|两个不同/);
    }
  });
});

describe('stale marks', () => {
  it('the A5-11 gas list is no longer pending', () => {
    expect(must(criteria.find((c) => c.id === 'a5-11')).data.pending.some((p) => p.text.includes('氯气'))).toBe(false);
  });
});

describe('currency', () => {
  it('every criterion says when it was last reviewed', () => {
    for (const c of criteria) expect(c.data.reviewedOn, c.file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('every work-plan duty says whether it recurs, and the dated 2024 ones are one-off', () => {
    for (const d of loadDuties()) if (/^2024年/.test(d.data.when)) expect(d.data.recurrence, d.id).toBe('one-off');
    expect(must(loadDuties().find((d) => d.id === 'wp2024-t2-quarterly-inspection')).data.recurrence).toBe('recurring');
  });

  it('the newer rules are regulation entries linked from the criteria they touch', () => {
    const links: Record<string, string[]> = {
      'gb-14444-2025': ['a7-7', 'a8-6'],
      'gb-2894-2025': ['a13-1'],
      'gb-46768-2025': ['a13-1', 'a13-2'],
      'hazardous-chemicals-law': ['a12-1', 'a12-2'],
    };
    for (const [reg, ids] of Object.entries(links)) {
      expect(regulations.map((r) => r.id)).toContain(reg);
      for (const id of ids) expect(must(criteria.find((c) => c.id === id)).data.basis.map((b) => b.regulation), `${id} › ${reg}`).toContain(reg);
    }
    expect(regulations.map((r) => r.id)).toEqual(expect.arrayContaining(['accident-fines-2024', 'three-year-action-2024']));
  });

  it('questions on the passed 2024 deadlines are in the 拓展 pool', () => {
    const dated = questions.filter((q) => /2024年底前|年底前全部接入/.test(q.data.stem));
    expect(dated.length).toBeGreaterThan(0);
    for (const q of dated) expect(q.data.pool, q.id).toBe('extension');
  });

  it('every change entry is dated and concerns at least one page', () => {
    for (const c of changes) {
      const d = c.data;
      expect(d.criteria.length + d.regulations.length + d.questions.length + d.pages.length, c.id).toBeGreaterThan(0);
    }
  });
});

describe('references and links the build refuses', () => {
  const set: ContentSet = {
    criteria,
    regulations,
    cases: loadCases(),
    questions,
    duties: loadDuties(),
    kits: loadKits(),
    changes,
    facts: loadFacts(),
  };

  it('every reference in the real content resolves', () => {
    expect(brokenRefs(knownIds(set), collectRefs(set))).toEqual([]);
  });

  it('no MDX body names a non-*.gov.cn address', () => {
    const bad = [...criteria, ...regulations, ...loadCases()].flatMap((e) => findUnofficialUrls(e.body).map((b) => `${e.file}:${b.line} ${b.url}`));
    expect(bad).toEqual([]);
  });
});
