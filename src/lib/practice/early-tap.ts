/**
 * A tap on the practice start screen made before the island is ready. The page renders the start screen at build time
 * (its default, storage-independent state), so the mode buttons paint with the HTML; a small inline script
 * (src/islands/practice/early-script.ts) keeps the first tap on one of them here, and the island carries it out once
 * saved data and the bank are read, with the user's real progress (e.g. 继续顺序练习 opens their first unanswered question).
 */
import { isOneOf } from '../one-of';
import type { PracticeView } from '../practice-link';

/** The window property the inline script leaves its record on. */
export const EARLY_TAP_KEY = '__gmaqPracticeTap';
/** The window event the inline script sends when it keeps a tap: an island already waiting renders again to take it. */
export const EARLY_TAP_EVENT = 'gmaq-practice-tap';

/** The start screen's buttons a tap can be kept for: their `data-tap` value. Buttons that need saved data
 * (错题本, 复习, 收藏) are disabled on the build-time screen, so they are not here. */
export const TAP_ACTIONS = ['seq', 'random', 'exam', 'spot', 'oral', 'manage'] as const;
export type TapAction = (typeof TAP_ACTIONS)[number];

/** A choice kept from the build-time first question. */
export interface KeptAnswer {
  question: string;
  chosen: number[];
  submitted?: boolean;
}

/** What the inline script shares with the island. */
export interface EarlyTap {
  /** The button tapped first, if any. */
  action?: TapAction;
  /** Set by the island once it shows a view: from then on its own buttons answer, and the script keeps nothing more. */
  taken?: boolean;
  /**
   * A choice made on the build-time first question of 顺序练习 (PracticeFirstQuestion.tsx), which the script shows at the
   * tap on a device without data: the question's id and the option indices ticked, for the island to judge, and whether
   * its 提交答案 was tapped (a question with several answers is judged only then).
   */
  answer?: KeptAnswer;
}

declare global {
  interface Window {
    /** Left by the practice page's inline script (absent on other pages). */
    [EARLY_TAP_KEY]?: EarlyTap;
  }
}

/** True for a known `data-tap` value. */
export const isTapAction = (x: unknown): x is TapAction => typeof x === 'string' && isOneOf(TAP_ACTIONS, x);

/**
 * Takes the kept tap, at most once; afterwards the inline script keeps nothing more. With no tap yet, nothing changes:
 * a tap made while the island still waits (e.g. for the live start screen's code) is kept and taken on its next render.
 */
export function takeEarlyTap(holder: EarlyTap | undefined): TapAction | undefined {
  if (!holder || holder.taken || !holder.action) return undefined;
  holder.taken = true;
  return holder.action;
}

/** Takes the choice kept for question `id`, at most once (the live drill's first render of that question). */
export function takeEarlyAnswer(holder: EarlyTap | undefined, id: string | undefined): Required<Omit<KeptAnswer, 'question'>> | undefined {
  const kept = holder?.answer;
  if (!kept || kept.question !== id || !kept.chosen.length) return undefined;
  delete holder.answer;
  return { chosen: kept.chosen, submitted: kept.submitted === true };
}

export interface TapContext {
  /** Index of the question 继续顺序练习 opens (the first unanswered one of the pool). */
  firstUnanswered: number;
  /** Exams and papers in progress: starting a new exam asks first, so a kept tap on 开始模拟考试 is not carried out. */
  openAttempts: number;
  /** A fresh seed for the drawn modes. */
  seed: string;
}

/** The view the tapped button opens, as its click on the live start screen would; undefined when it must ask first. */
export function tapView(action: TapAction, ctx: TapContext): PracticeView | undefined {
  switch (action) {
    case 'seq':
      return { kind: 'seq', i: Math.max(0, ctx.firstUnanswered) };
    case 'random':
      return { kind: 'random', seed: ctx.seed, i: 0 };
    case 'exam':
      return ctx.openAttempts ? undefined : { kind: 'exam', seed: ctx.seed };
    case 'spot':
      return { kind: 'spot', seed: ctx.seed };
    case 'oral':
      return { kind: 'oral', seed: ctx.seed };
    case 'manage':
      return { kind: 'manage' };
  }
}
