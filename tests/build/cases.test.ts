import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASE_SECTIONS } from '../../src/schemas/case';
import { loadCases } from '../content/load';
import { ROOT, idsOf } from './site';

const cases = loadCases();
const page = (...p: string[]) => readFileSync(path.join(ROOT, 'dist', ...p, 'index.html'), 'utf8');
const FIELD_SECTION: Record<string, string> = {
  process: 'process',
  directCause: 'direct-cause',
  managementCause: 'management-cause',
  criteria: 'criteria',
};

describe.each(cases.map((c) => [c.id, c] as const))('case %s', (id, c) => {
  it('has every section id on its page and a page per section', () => {
    const ids = idsOf(page('cases', id));
    for (const s of CASE_SECTIONS) {
      expect(ids, s).toContain(s);
      expect(idsOf(page('cases', id, s)), `${s} page`).toContain(s);
    }
  });

  it('shows 待核实 in every section that holds an unconfirmed fact', () => {
    const html = page('cases', id);
    for (const f of c.data.unverified) {
      const section = FIELD_SECTION[f];
      if (section) {
        const start = html.indexOf(`id="${section}"`);
        const chunk = html.slice(start, html.indexOf('</section>', start));
        expect(chunk, `${id} › ${f}`).toContain('待核实');
      } else {
        expect(html, `${id} › ${f}`).toContain('〔待核实〕');
      }
    }
  });

  it('has a handout with a QR code for the full case URL', () => {
    const html = page('cases', id, 'handout');
    expect(html).toMatch(/<svg[^>]*viewBox/);
    // A full address: SITE_URL's, or the local address npm test builds for (scripts/astro/site-url.mjs).
    expect(html).toMatch(/data-qr-url="https?:\/\/[^/"]+\//);
    expect(html).toContain(`/cases/${id}/"`);
  });
});
