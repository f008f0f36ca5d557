/** What an import check returns to the shared import box (islands/shared/TransferBox.tsx). */
export interface ImportChoice {
  /** Button text, e.g. 合并 / 替换. */
  label: string;
  /** Applies the import; returns the message to show (done, or why it was not done). */
  run: () => string;
  /** What follows once the parts that are saved afterwards (a self-check's photos) are in; replaces the message. */
  later?: () => Promise<string>;
}

/**
 * An import that cannot be done (`error`), or the ways it can be done. With one choice and no question it is applied
 * at once; otherwise the box shows the question and a button per choice, plus 取消, so nothing is replaced unasked.
 */
export type ImportFlow = { error: string } | { question?: string; choices: ImportChoice[] };
