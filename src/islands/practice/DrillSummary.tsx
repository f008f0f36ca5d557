import type { BankQuestion } from '../../lib/practice/bank';
import { WRONG_BOOK_RULE } from '../../lib/practice/wrong-book';
import { link } from '../../lib/paths';
import { routes } from '../../lib/routes';

interface Props {
  title: string;
  list: BankQuestion[];
  results: Record<string, boolean>;
  onExit: () => void;
  onWrongBook: () => void;
}

/** The summary at the end of a drill: how many answered and right, the ones missed with their clauses. */
export default function DrillSummary({ title, list, results, onExit, onWrongBook }: Props) {
  const answered = list.filter((q) => q.id in results);
  const wrong = answered.filter((q) => !results[q.id]);
  return (
    <section aria-labelledby="summary-h">
      <h2 id="summary-h" tabIndex={-1}>
        {title}：本轮小结
      </h2>
      <p role="status">
        本轮做了 <strong data-testid="drill-answered">{answered.length}</strong> 题（共 {list.length} 题），答对{' '}
        {answered.length - wrong.length} 题，答错 <strong data-testid="drill-wrong">{wrong.length}</strong> 题。
      </p>
      {wrong.length > 0 && (
        <>
          <h3>答错的题</h3>
          <ul>
            {wrong.map((q) => (
              <li key={q.id}>
                {q.stem.slice(0, 50)}
                {q.stem.length > 50 ? '…' : ''}（{q.clauses[0]}
                {q.criteria[0] && (
                  <>
                    ，<a href={link(routes.criterion(q.criteria[0]))}>看条款</a>
                  </>
                )}
                ）
              </li>
            ))}
          </ul>
          <p class="muted">{WRONG_BOOK_RULE}</p>
        </>
      )}
      <p class="row">
        {wrong.length > 0 && (
          <button type="button" onClick={onWrongBook}>
            去错题本重练
          </button>
        )}
        <button type="button" class={wrong.length ? 'secondary' : ''} onClick={onExit}>
          返回练习首页
        </button>
      </p>
    </section>
  );
}
