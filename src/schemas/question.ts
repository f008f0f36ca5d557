import { z } from 'astro/zod';
import { BasisSchema, IdSchema } from './common';
import { OPTION_LETTERS } from '../lib/practice/bank';

/** Question types: 单选, 多选, 判断, 情景题 (a described site situation, one or more answers). */
export const QUESTION_TYPES = ['single', 'multiple', 'judge', 'scenario'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
/** The angle a question takes on its criterion, so coverage can be checked. */
export const ANGLES = ['what', 'which', 'detail', 'misreading', 'scenario', 'duty'] as const;

/**
 * Question pools: `main` is what mock exams and trainer papers draw from; `extension` (拓展) holds recall of article
 * counts or item numbers and the 2024 plan's passed deadlines, offered only in practice modes labelled 拓展.
 */
export const POOLS = ['main', 'extension'] as const;
export type Pool = (typeof POOLS)[number];

/**
 * One question (an item of an array in content/questions/*.yaml).
 * Options are written in authoring order; `answer` names the right ones by letter. The site shuffles them when shown.
 */
export const QuestionSchema = z
  .object({
    /** Stable id, e.g. q-a4-1-1 or q-law-21-1. Never reuse a removed id. */
    id: IdSchema,
    type: z.enum(QUESTION_TYPES),
    /** The question as printed. For 判断, a statement to judge. */
    stem: z.string().min(8),
    /** Options for 单选/多选/情景题 (2–6); omit for 判断. */
    options: z.array(z.string().min(1)).min(2).max(OPTION_LETTERS.length).optional(),
    /** Right options as letters ("B", "ACD"), or true/false for 判断. */
    answer: z.union([z.string().regex(/^[A-F]{1,6}$/, '答案写成字母，例如 B 或 ACD'), z.boolean()]),
    /** Why, in our own words, citing the clause. */
    explanation: z.string().min(10),
    /** Criteria this question covers (ids such as a4-1). */
    criteria: z.array(IdSchema).default([]),
    /** Other legal basis (安全生产法, 13号令, the work plan…). */
    basis: z.array(BasisSchema).default([]),
    /** What the question tests. */
    angle: z.enum(ANGLES),
    /** 1 easy, 2 medium, 3 hard. */
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    /** Optional wording as an inspector would ask it aloud (oral drill). */
    oral: z.string().optional(),
    /** Short model answer for the oral drill. */
    modelAnswer: z.string().optional(),
    /** main (default): exams draw it; extension: 拓展/history, never in an exam or a trainer paper. */
    pool: z.enum(POOLS).default('main'),
  })
  .strict()
  .superRefine((q, ctx) => {
    if (q.criteria.length === 0 && q.basis.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['criteria'], message: '每道题至少引用一条判定标准（criteria）或一条法规依据（basis）' });
    }
    if (q.type === 'judge') {
      if (typeof q.answer !== 'boolean') ctx.addIssue({ code: 'custom', path: ['answer'], message: '判断题的答案写 true 或 false' });
      if (q.options) ctx.addIssue({ code: 'custom', path: ['options'], message: '判断题不写 options' });
      return;
    }
    if (!q.options) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: '选择题必须有 options' });
      return;
    }
    if (typeof q.answer !== 'string') {
      ctx.addIssue({ code: 'custom', path: ['answer'], message: '选择题的答案写字母，例如 B 或 ACD' });
      return;
    }
    const letters = [...q.answer];
    const options = q.options;
    if (new Set(letters).size !== letters.length) ctx.addIssue({ code: 'custom', path: ['answer'], message: '答案字母重复' });
    if (letters.some((l) => OPTION_LETTERS.indexOf(l) >= options.length)) {
      ctx.addIssue({ code: 'custom', path: ['answer'], message: `答案 ${q.answer} 超出了选项范围（共 ${q.options.length} 个选项）` });
    }
    if (q.type === 'single' && letters.length !== 1) ctx.addIssue({ code: 'custom', path: ['answer'], message: '单选题只能有 1 个答案' });
    if (q.type === 'multiple' && letters.length < 2) ctx.addIssue({ code: 'custom', path: ['answer'], message: '多选题至少 2 个答案' });
    if (new Set(q.options.map((o) => o.trim())).size !== q.options.length) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: '选项重复' });
    }
  });
export type Question = z.output<typeof QuestionSchema>;
