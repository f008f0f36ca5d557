import type { BankQuestion } from '../../lib/practice/bank';
import { link } from '../../lib/paths';
import { routes } from '../../lib/routes';

/** The basis line under an answered question: its clauses, and a link to each criterion it tests. */
export default function QuestionBasis({ q }: { q: Pick<BankQuestion, 'clauses' | 'criteria'> }) {
  return (
    <p class="muted">
      依据：{q.clauses.join('；')}
      {q.criteria.map((c) => (
        <a key={c} href={link(routes.criterion(c))}>
          {' '}
          查看条款 {c}
        </a>
      ))}
    </p>
  );
}
