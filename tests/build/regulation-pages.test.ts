import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegulations } from '../content/load';
import { ROOT } from './site';

const regs = loadRegulations();
const page = (id: string) => readFileSync(path.join(ROOT, 'dist', 'regulations', id, 'index.html'), 'utf8');
const statusCell = (html: string) => html.match(/<dt[^>]*>状态<\/dt>\s*<dd[^>]*>([\s\S]*?)<\/dd>/)?.[1] ?? '';

describe('regulation pages', () => {
  // A status the sources do not record must not look confirmed, on the page or in the library list.
  it.each(regs.map((r) => [r.id, r.data.statusConfidence]))('%s shows its status with confidence %s', (id, confidence) => {
    const cell = statusCell(page(id));
    expect(cell).not.toBe('');
    if (confidence === 'M') {
      expect(cell).toContain('待核实');
      expect(cell).not.toContain('badge-ok');
    } else {
      expect(cell).not.toContain('待核实');
    }
  });

  it('names the site an official link goes to, not the issuer', () => {
    // 安全生产法 is issued by 全国人大常委会, but the page linked is on 应急管理部's site.
    const html = page('work-safety-law');
    expect(html).toContain('应急管理部网站发布页');
    expect(html).not.toContain('全国人民代表大会常务委员会官网');
  });
});
