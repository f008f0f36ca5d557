/**
 * Reads the REAL content/ folder outside Astro, with the same schemas the build uses,
 * so the integrity suite sees exactly what authors wrote.
 */
import '../../src/schemas/error-map'; // the same Chinese messages as the build
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ContentError, formatContentIssues, type SafeParser } from '../../src/lib/content-error';
import { parseYamlEntries } from '../../src/lib/yaml-entries';
import { CriterionSchema, type Criterion } from '../../src/schemas/criterion';
import { RegulationSchema, type Regulation } from '../../src/schemas/regulation';
import { CaseSchema, type Case } from '../../src/schemas/case';
import { QuestionSchema, type Question } from '../../src/schemas/question';
import { DutySchema, type Duty } from '../../src/schemas/duty';
import { MendSchema, TaskSchema, type Mend, type Task } from '../../src/schemas/work-plan';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const CONTENT = path.join(ROOT, 'content');

export interface MdxEntry<T> {
  id: string;
  file: string;
  data: T;
  body: string;
}

/** Splits an MDX file into YAML frontmatter and body. */
export function splitFrontmatter(text: string, file: string): { front: unknown; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) throw new ContentError(`内容错误：${file} 缺少以 --- 包围的 frontmatter`);
  try {
    return { front: parse(must(m[1])), body: must(m[2]) };
  } catch (e) {
    throw new ContentError(`内容错误：${file} 的 frontmatter 不是有效的 YAML：${(e as Error).message}`);
  }
}

/** Loads every MDX file of a folder and validates its frontmatter; throws naming file and field. */
export function loadMdx<T>(folder: string, schema: SafeParser<T>): MdxEntry<T>[] {
  const dir = path.join(CONTENT, folder);
  const problems: string[] = [];
  const out: MdxEntry<T>[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort()) {
    const file = `content/${folder}/${f}`;
    const { front, body } = splitFrontmatter(readFileSync(path.join(dir, f), 'utf8'), file);
    const r = schema.safeParse(front);
    if (r.success) out.push({ id: f.replace(/\.mdx$/, ''), file, data: r.data, body });
    else problems.push(formatContentIssues(file, undefined, r.error.issues));
  }
  if (problems.length) throw new ContentError(problems.join('\n'));
  return out;
}

/** Loads every YAML array file of a folder (or one file). */
export function loadYaml<T>(rel: string, schema: SafeParser<T>): { id: string; file: string; data: T }[] {
  const abs = path.join(CONTENT, rel);
  const files = rel.endsWith('.yaml') ? [abs] : readdirSync(abs).filter((n) => n.endsWith('.yaml')).sort().map((n) => path.join(abs, n));
  return files.flatMap((f) => {
    const file = path.relative(ROOT, f);
    return parseYamlEntries(readFileSync(f, 'utf8'), file, schema).map((e) => ({ ...e, file }));
  });
}

export const loadCriteria = (): MdxEntry<Criterion>[] => loadMdx('criteria', CriterionSchema);
export const loadRegulations = (): MdxEntry<Regulation>[] => loadMdx('regulations', RegulationSchema);
export const loadCases = (): MdxEntry<Case>[] => loadMdx('cases', CaseSchema);
export const loadQuestions = (): { id: string; file: string; data: Question }[] => loadYaml('questions', QuestionSchema);
export const loadDuties = (): { id: string; file: string; data: Duty }[] => loadYaml('checks', DutySchema);
export const loadTasks = (): { id: string; file: string; data: Task }[] => loadYaml('work-plan/tasks.yaml', TaskSchema);
export const loadMends = (): { id: string; file: string; data: Mend }[] => loadYaml('work-plan/mends.yaml', MendSchema);
import { KitSchema, type Kit } from '../../src/schemas/kit';
export const loadKits = (): { id: string; file: string; data: Kit }[] => loadYaml('training/kits.yaml', KitSchema);
import { FactSchema, type Fact } from '../../src/schemas/fact';
import { ChangeSchema, type Change } from '../../src/schemas/change';
import { must } from '../must';
export const loadFacts = (): { id: string; file: string; data: Fact }[] => loadYaml('facts.yaml', FactSchema);
export const loadChanges = (): { id: string; file: string; data: Change }[] => loadYaml('changes.yaml', ChangeSchema);
