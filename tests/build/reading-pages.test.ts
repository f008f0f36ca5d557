import { describe, expect, it } from 'vitest';
import { readPages } from './site';

const pages = readPages('dist');
// Reading pages must ship no JavaScript: home, the regulation library and the work plan.
const reading = pages.filter((p) => p.file === 'index.html' || p.file.startsWith('regulations/'));

describe('reading pages ship no JavaScript', () => {
  it('covers the home page, every regulation and the work plan', () => {
    const files = reading.map((p) => p.file);
    expect(files).toContain('index.html');
    expect(files).toContain('regulations/index.html');
    expect(files).toContain('regulations/work-plan-2024/index.html');
    expect(files).toContain('regulations/work-plan-2024/original/index.html');
    expect(files).toContain('regulations/major-hazard-criteria/index.html');
  });

  it.each(reading.map((p) => [p.file, p.html]))('%s has no script and no module preload', (_file, html) => {
    expect(html).not.toMatch(/<script\b/i);
    expect(html).not.toMatch(/modulepreload/i);
    expect(html).not.toMatch(/<astro-island/i);
  });
});

describe('every page is Chinese and readable on a phone', () => {
  it.each(pages.map((p) => [p.file, p.html]))('%s declares lang zh-CN and a viewport', (_file, html) => {
    expect(html).toMatch(/<html lang="zh-CN"/);
    expect(html).toMatch(/name="viewport"/);
  });
});
