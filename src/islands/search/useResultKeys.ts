import type { RefObject } from 'preact';

/** Arrow keys move between the box and the result links, Enter opens the first result, Esc clears or returns to the box. */
export function useResultKeys(input: RefObject<HTMLInputElement>, results: RefObject<HTMLElement>, clear: () => void) {
  return (e: KeyboardEvent) => {
    const links = [...(results.current?.querySelectorAll<HTMLAnchorElement>('a.result-link') ?? [])];
    const at = links.findIndex((l) => l === document.activeElement);
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      links[Math.min(links.length - 1, at + 1)]?.focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (at <= 0) input.current?.focus();
      else links[at - 1]?.focus();
    } else if (e.key === 'Escape') {
      if (document.activeElement === input.current) clear();
      else input.current?.focus();
    } else if (e.key === 'Enter' && document.activeElement === input.current && links[0]) {
      e.preventDefault();
      links[0].click();
    }
  };
}
