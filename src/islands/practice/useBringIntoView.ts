import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import { useLatest } from '../shared/useLatest';
import { bringIntoViewTop } from '../../lib/practice/bring-into-view';

/**
 * On mount, scrolls a new question so its top sits just below the sticky exam bar (measured, since it wraps on
 * narrow phones) and moves focus to its stem for screen readers, without a second jump.
 */
export function useBringIntoView(card: RefObject<HTMLElement>, stem: RefObject<HTMLElement>, enabled: boolean) {
  // Read through a ref so the effect runs once, on mount, with the arguments of that render.
  const args = useLatest({ card, stem, enabled });
  useEffect(() => {
    const { card, stem, enabled } = args.current;
    if (!enabled || !card.current) return;
    const bar = document.querySelector<HTMLElement>('.exam-bar');
    const offset = (bar?.getBoundingClientRect().height ?? 0) + 8;
    const { scrollY, innerHeight } = window;
    const top = bringIntoViewTop({ cardTop: card.current.getBoundingClientRect().top, scrollY, innerHeight, offset });
    if (top !== undefined) window.scrollTo({ top, behavior: 'instant' });
    stem.current?.focus({ preventScroll: true });
  }, [args]);
}
