/**
 * Where a new question card goes on screen: its top just below the sticky bar (offset), unless it already sits in the
 * upper half of the screen. One rule for the island's cards (islands/practice/useBringIntoView.ts) and the practice
 * page's build-time first question (islands/practice/early-script.ts), so the island's card replaces the build-time one
 * without a jump.
 */
export interface ScreenPlace {
  /** The card's top relative to the viewport (getBoundingClientRect().top). */
  cardTop: number;
  scrollY: number;
  innerHeight: number;
  /** Height kept free at the top (the sticky bar, plus a margin). */
  offset: number;
}

/** The scroll position to move to, or undefined when the card is already well placed. */
export function bringIntoViewTop({ cardTop, scrollY, innerHeight, offset }: ScreenPlace): number | undefined {
  if (cardTop >= offset && cardTop < innerHeight / 2) return undefined;
  return Math.max(0, cardTop + scrollY - offset);
}
