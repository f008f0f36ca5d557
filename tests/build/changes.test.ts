import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadChanges, loadCriteria, loadFacts } from '../content/load';
import { ROOT } from './site';
import { must } from '../must';

const dist = path.join(ROOT, 'dist');
const page = (...p: string[]) => readFileSync(path.join(dist, ...p, 'index.html'), 'utf8');
const changes = loadChanges();

describe('change log, review dates and shared facts on the built site', () => {
  it('/changes/ lists every entry with its date, anchor and links to the pages it touched', () => {
    const html = page('changes');
    for (const c of changes) {
      expect(html, c.id).toContain(`id="${c.id}"`);
      expect(html, c.id).toContain(`datetime="${c.data.date}"`);
      for (const id of c.data.criteria) expect(html, `${c.id} › ${id}`).toContain(`href="/criteria/${id}/"`);
    }
  });

  it.each(loadCriteria().map((c) => [c.id, c.data.reviewedOn] as const))(
    '/criteria/%s/ shows its review date %s and its change entries',
    (id, date) => {
      const html = page('criteria', id);
      expect(html).toContain(`<time datetime="${date}">${date}</time>`);
      for (const c of changes.filter((x) => x.data.criteria.includes(id))) expect(html, c.id).toContain(`/changes/#${c.id}`);
    },
  );

  it('the five open readings carry the same hedge', () => {
    for (const id of ['a7-7', 'a8-6', 'a9-1', 'a13-1', 'a11-2']) {
      const html = page('criteria', id);
      expect(html, id).toContain('条文留有解读空间');
      expect(html, id).toContain('本站没有找到应急管理部对此的官方解读');
    }
  });

  it('the 19号令 status is the same sentence on the 2010 and 2026 pages', () => {
    const fact = must(loadFacts().find((f) => f.id === 'special-ops-19-status')).data.text;
    for (const id of ['special-operations-2010', 'special-operations-2026']) expect(page('regulations', id), id).toContain(fact);
  });

  it('open data carries the change log', () => {
    const json = JSON.parse(readFileSync(path.join(dist, 'data', 'changes.json'), 'utf8'));
    expect(json.kind).toBe('changes');
    expect(json.items.map((i: { id: string }) => i.id).sort()).toEqual(changes.map((c) => c.id).sort());
  });

  it('the work-plan guide says the 2024 deadlines have passed and which duties recur', () => {
    const html = page('regulations', 'work-plan-2024');
    expect(html).toContain('这是历史文件。');
    expect(html).toContain('一次性，已过期');
    expect(html).toContain('经常性');
    expect(html).not.toMatch(/>未到<\/td>/);
    expect(html).toMatch(/>已过去<\/td>/);
  });
});
