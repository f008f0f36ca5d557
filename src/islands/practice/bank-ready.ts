import type { PracticeView } from '../../lib/practice-link';

export interface PrefixContext {
  /** Ids of the questions loaded so far. */
  loaded: ReadonlySet<string>;
  /** True when 顺序练习's order on the loaded part is its final order: the bank is stored in that order (src/data/bank.ts) and
   * only a profile (which moves the enterprise's own questions first, from any chunk) changes it. */
  poolInBankOrder: boolean;
  /** Questions the loaded part already gives the current drill, if the view is a drill. */
  drillLength?: number | undefined;
  /** The first question 继续顺序练习 would open, counted on the loaded part (-1: all of it answered). */
  firstUnanswered: number;
}

/**
 * True when a view shows exactly what it would show with the whole bank, using only the chunks loaded so far (always a
 * prefix of the bank), so it can render before the rest arrive; its counts then follow as chunks come in.
 * - drills that filter the bank or the pool in order (顺序, 专项, 本项): their first questions are final once loaded;
 * - one question by id: as soon as it is loaded;
 * - home: when 继续顺序练习 already points at the right question (an unanswered one on the loaded part).
 * Draws (random, exam, oral, spot-check) and id lists (wrong book, review, favourites) wait for the whole bank, and so
 * does a link with a problem (a criterion of a later chunk would look unknown).
 */
export function prefixReady(view: PracticeView, problems: readonly string[], ctx: PrefixContext): boolean {
  if (problems.length) return false;
  switch (view.kind) {
    case 'home':
      return ctx.poolInBankOrder && ctx.firstUnanswered >= 0;
    case 'question':
      return ctx.loaded.has(view.id);
    case 'criterion':
      return view.i < (ctx.drillLength ?? 0);
    case 'seq':
    case 'topic':
      return ctx.poolInBankOrder && view.i < (ctx.drillLength ?? 0);
    default:
      return false;
  }
}
