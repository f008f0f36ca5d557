import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinCjk } from '../../src/lib/cjk';
import { ROOT, loadCriteria, loadFacts, loadRegulations } from './load';
import { must } from '../must';

const facts = loadFacts();

/** Every authored text file under content/ except the fact list itself and the byte-exact 原文. */
function contentFiles(dir = path.join(ROOT, 'content')): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    if (statSync(p).isDirectory()) return contentFiles(p);
    return /\.(mdx|yaml)$/.test(n) && !p.endsWith('content/facts.yaml') ? [p] : [];
  });
}
// Wrapped YAML/Markdown lines are joined the way the build joins them, so a fact split over two lines is still found.
const texts = contentFiles().map((f) => ({ file: path.relative(ROOT, f), text: joinCjk(readFileSync(f, 'utf8')) }));

/** Each match of `detect` that does not lie inside the fact's text or an allowed wording, as `file：…context…`. */
function strayWordings(fact: (typeof facts)[number]['data'], corpus: { file: string; text: string }[]): string[] {
  const wordings = [fact.text, ...fact.allowed];
  const out: string[] = [];
  for (const { file, text } of corpus) {
    for (const m of text.matchAll(new RegExp(fact.detect, 'gu'))) {
      const at = m.index;
      const covered = wordings.some((w) => {
        for (let i = text.indexOf(w); i !== -1; i = text.indexOf(w, i + 1)) if (i <= at && at + m[0].length <= i + w.length) return true;
        return false;
      });
      if (!covered) out.push(`${file}：…${text.slice(Math.max(0, at - 20), at + m[0].length + 20).replace(/\n/g, ' ')}…`);
    }
  }
  return out;
}

describe('facts stated once (content/facts.yaml)', () => {
  it('includes the facts the content review named', () => {
    expect(facts.map((f) => f.id)).toEqual(expect.arrayContaining(['kunshan-2014-deaths', 'confined-approver', 'special-ops-19-status']));
  });

  it.each(facts.map((f) => [f.id, f.data] as const))('%s is written nowhere in content/ in other words', (_id, fact) => {
    expect(strayWordings(fact, texts)).toEqual([]);
  });

  it('finds a fact written differently (the check itself can fail)', () => {
    const kunshan = must(facts.find((f) => f.id === 'kunshan-2014-deaths')).data;
    const approver = must(facts.find((f) => f.id === 'confined-approver')).data;
    expect(strayWordings(kunshan, [{ file: 'x.mdx', text: '昆山中荣事故造成146人死亡。' }])).toHaveLength(1);
    expect(strayWordings(kunshan, [{ file: 'x.mdx', text: `昆山中荣事故${kunshan.text}。` }])).toEqual([]);
    expect(strayWordings(approver, [{ file: 'x.yaml', text: '由主要负责人或其书面授权的人员审批' }])).toHaveLength(1);
  });

  it('an unconfirmed fact is shown with 待核实 wherever a page lists it', () => {
    const pending = new Set(facts.filter((f) => f.data.confidence === 'M').map((f) => f.id));
    expect(pending).toContain('confined-approver');
    const users = [...loadCriteria(), ...loadRegulations()].filter((e) => e.data.facts.length > 0);
    // FactList renders 〔待核实〕 for M facts; the pages that state them must list them, not retype them.
    expect(users.map((e) => e.id)).toEqual(expect.arrayContaining(['a13-2', 'confined-space', 'special-operations-2010', 'special-operations-2026']));
  });

  it('the 19号令 status reads the same on the 2010 and the 2026 page', () => {
    const regs = loadRegulations();
    for (const id of ['special-operations-2010', 'special-operations-2026']) expect(must(regs.find((r) => r.id === id)).data.facts).toContain('special-ops-19-status');
  });
});
