import { describe, expect, it } from 'vitest';
import { addPrintUrls } from '../../../src/lib/print-urls';

describe('addPrintUrls', () => {
  const html =
    '<nav><a href="/criteria/">x</a></nav><main><a href="/criteria/a4-1/">甲</a> <a href="/cases/k/#process">乙</a> <a href="https://www.mem.gov.cn/">丙</a></main>';
  const out = addPrintUrls(html, 'https://anquan.example.gov.cn/');
  it('adds the full URL to internal links inside main, without the fragment', () => {
    expect(out).toContain('<a href="/criteria/a4-1/" data-print-url="https://anquan.example.gov.cn/criteria/a4-1/"');
    expect(out).toContain('<a href="/cases/k/#process" data-print-url="https://anquan.example.gov.cn/cases/k/"');
  });
  it('leaves navigation and external links alone', () => {
    expect(out).toContain('<nav><a href="/criteria/">x</a></nav>');
    expect(out).toContain('<a href="https://www.mem.gov.cn/">丙</a>');
  });
  it('keeps the base path that is already in the href', () => {
    expect(addPrintUrls('<main><a href="/anquan/x/">a</a></main>', 'https://e.org/anquan/')).toContain(
      'data-print-url="https://e.org/anquan/x/"',
    );
  });
});
