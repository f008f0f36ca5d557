/** The question bank as the practice islands use it: plain JSON built from the validated questions collection. */
import type { AppliesToLike } from '../applicability';

export type QType = 'single' | 'multiple' | 'judge' | 'scenario';

export interface BankQuestion {
  id: string;
  type: QType;
  stem: string;
  /** Options in authoring order (judge questions get 正确/错误). */
  options: string[];
  /** Indices of the right options in authoring order. */
  answer: number[];
  explanation: string;
  criteria: string[];
  /** Domain slugs (metallurgy, dust…) or 'law' for questions without a criterion. */
  topics: string[];
  /** Clause labels to show, e.g. 第四条第（一）项. */
  clauses: string[];
  difficulty: 1 | 2 | 3;
  appliesTo: AppliesToLike;
  oral?: string | undefined;
  modelAnswer?: string | undefined;
  /** 'extension' (拓展: counts, item numbers, passed 2024 deadlines): never drawn for an exam or paper. Absent = main pool. */
  pool?: 'extension' | undefined;
  /** What the question tests (schemas/question.ts ANGLES); the role sets of the phone test read it. */
  angle?: string | undefined;
}

export const TYPE_LABELS: Record<QType, string> = { single: '单选', multiple: '多选', judge: '判断', scenario: '情景题' };
export const JUDGE_OPTIONS = ['正确', '错误'];
/** Letters that name options in authoring order (answer: ACD) and on screen; a question has at most this many options. */
export const OPTION_LETTERS = 'ABCDEF';
