/**
 * Ten times the content, for benchmarks only: in a temp copy of the project (scripts/lib-tempsite.mjs), every question
 * file and every case gets nine more copies under new ids. Criteria and regulations stay (their ids are the law's).
 * Copies repeat real text, so gzip sizes at 10× are somewhat optimistic; counts of records, grams and chunks are real.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function multiplyContent(siteDir, times = 10) {
  const qdir = path.join(siteDir, 'content/questions');
  for (const f of readdirSync(qdir).filter((x) => x.endsWith('.yaml'))) {
    const text = readFileSync(path.join(qdir, f), 'utf8');
    for (let n = 1; n < times; n++)
      writeFileSync(path.join(qdir, f.replace(/\.yaml$/, `-x${n}.yaml`)), text.replace(/^- id: (\S+)/gm, `- id: $1-x${n}`));
  }
  const cdir = path.join(siteDir, 'content/cases');
  for (const f of readdirSync(cdir).filter((x) => x.endsWith('.mdx'))) {
    const text = readFileSync(path.join(cdir, f), 'utf8');
    for (let n = 1; n < times; n++) writeFileSync(path.join(cdir, f.replace(/\.mdx$/, `-x${n}.mdx`)), text);
  }
}
