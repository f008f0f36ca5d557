import type { BankQuestion } from '../../lib/practice/bank';
import { WRONG_BOOK_RULE } from '../../lib/practice/wrong-book';
import { link } from '../../lib/paths';
import { routes } from '../../lib/routes';
import { clearWrongBook, removeFromWrongBook } from '../../stores/practice';
import type { PracticeState } from '../../stores/practice';

interface Props {
  ids: string[];
  byId: ReadonlyMap<string, BankQuestion>;
  wrong: PracticeState['wrong'];
  onPractise: () => void;
  onExit: () => void;
}

/** The wrong-answer book manager: every entry with its misses and streak, remove one or clear all. */
export default function WrongBook({ ids, byId, wrong, onPractise, onExit }: Props) {
  return (
    <section aria-labelledby="wb-h">
      <p class="row">
        <button type="button" class="secondary" onClick={onExit}>
          ‹ 返回练习首页
        </button>
      </p>
      <h2 id="wb-h">管理错题本（{ids.length}）</h2>
      <p class="muted">{WRONG_BOOK_RULE}</p>
      {ids.length === 0 ? (
        <p>错题本是空的。</p>
      ) : (
        <>
          <p class="row">
            <button type="button" onClick={onPractise}>
              练错题
            </button>
            <button type="button" class="secondary" onClick={() => window.confirm('确定清空错题本？') && clearWrongBook()}>
              清空错题本
            </button>
          </p>
          <ul class="wrong-list">
            {ids.map((id) => {
              const q = byId.get(id);
              // The ids are the book's own keys, so every one has its entry.
              const w = wrong[id] ?? { misses: 0, streak: 0 };
              return (
                <li key={id}>
                  {q?.stem.slice(0, 40)}…（错 {w.misses} 次，连对 {w.streak}）
                  {q?.criteria[0] && <a href={link(routes.criterion(q.criteria[0]))}> 条款 {q.criteria[0]}</a>}{' '}
                  <button type="button" class="secondary small" onClick={() => removeFromWrongBook(id)}>
                    移出
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
