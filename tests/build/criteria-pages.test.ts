import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CriterionSchema } from '../../src/schemas/criterion';
import { loadCriteria } from '../content/load';
import { ROOT } from './site';

const criteria = loadCriteria();
const dist = path.join(ROOT, 'dist');

describe('criterion pages and open data', () => {
  it.each(criteria.map((c) => [c.id]))('/criteria/%s/ exists and states its clause', (id) => {
    const file = path.join(dist, 'criteria', id, 'index.html');
    expect(existsSync(file)).toBe(true);
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/第[一二三四五六七八九十]+条第（[一二三四五六七八九十]+）项/);
    expect(html).toContain('现场怎么查');
  });

  // 第四条第（一）项 joins its two situations with 以及: the page must not claim the rule says 或者.
  it('the logic line quotes the connective the rule itself uses', () => {
    const html = (id: string) => readFileSync(path.join(dist, 'criteria', id, 'index.html'), 'utf8');
    expect(html('a4-1')).toContain('条文用“以及”连接');
    expect(html('a4-1')).not.toContain('条文用“或者”连接');
    for (const c of criteria.filter((x) => x.data.logic !== 'single')) {
      const word = c.data.connective ?? (c.data.logic === 'any' ? '或者' : '并且');
      expect(html(c.id), c.id).toContain(`条文用“${word}”连接`);
    }
  });

  it('/data/criteria.json holds every item and each passes the same schema', () => {
    const json = JSON.parse(readFileSync(path.join(dist, 'data', 'criteria.json'), 'utf8'));
    expect(json.items).toHaveLength(criteria.length);
    for (const item of json.items) {
      const { id: _id, clause: _c, group: _g, domain: _d, why: _w, ...data } = item;
      expect(CriterionSchema.safeParse(data).success, item.id).toBe(true);
    }
  });

  it('every item that carries Article 14 appears on the Article 14 page', () => {
    const html = readFileSync(path.join(dist, 'criteria', 'article-14', 'index.html'), 'utf8');
    for (const c of criteria.filter((x) => x.data.article14)) expect(html, c.id).toContain(`/criteria/${c.id}/`);
  });
});
