/** Status of one question on an answer sheet. */
export type CellState = 'open' | 'answered' | 'right' | 'wrong';

export interface Cell {
  id: string;
  state: CellState;
  flagged?: boolean;
}

interface Props {
  cells: Cell[];
  current?: number;
  onGo?: (i: number) => void;
  /** Questions the user may not go back to (考场模式). */
  locked?: (i: number) => boolean;
  label?: string;
}

const WORDS: Record<CellState, string> = { open: '未答', answered: '已答', right: '答对', wrong: '答错' };

/** The answer-sheet grid: one numbered button per question, coloured answered / right / wrong, flagged ones marked. */
export default function AnswerSheet({ cells, current, onGo, locked, label = '答题卡' }: Props) {
  const shown = new Set(cells.map((c) => c.state));
  return (
    <nav aria-label={label} class="answer-sheet">
      <ol class="sheet">
        {cells.map((c, i) => (
          <li key={c.id}>
            <button
              type="button"
              class={`small sheet-${c.state}${c.flagged ? ' sheet-flagged' : ''}`}
              aria-current={i === current ? 'step' : undefined}
              disabled={!onGo || locked?.(i)}
              onClick={() => onGo?.(i)}
              aria-label={`第${i + 1}题（${WORDS[c.state]}${c.flagged ? '，已标记' : ''}）`}
            >
              {i + 1}
            </button>
          </li>
        ))}
      </ol>
      <p class="sheet-legend muted" aria-hidden="true">
        {(['right', 'wrong', 'answered', 'open'] as const)
          .filter((s) => shown.has(s))
          .map((s) => (
            <span key={s} class={`legend-${s}`}>
              {WORDS[s]}
            </span>
          ))}
        {cells.some((c) => c.flagged) && <span class="legend-flagged">已标记</span>}
      </p>
    </nav>
  );
}
