import { OPTION_LETTERS as LETTER, type BankQuestion } from '../../lib/practice/bank';
import { optionOrder } from '../../lib/practice/select';

interface Props {
  questions: BankQuestion[];
  /** The paper seed (option order follows it, as on screen). */
  seed: string;
  /** Print the answer key after the questions. */
  withKey?: boolean;
}

/** The paper as a trainer sees it: every question with its options in the order trainees get them, and the key. */
export default function PaperSheet({ questions, seed, withKey }: Props) {
  const key = (q: BankQuestion) => {
    const order = optionOrder(q, seed);
    return order.map((i, k) => (q.answer.includes(i) ? (q.type === 'judge' ? q.options[i] : LETTER[k]) : '')).join('');
  };
  return (
    <>
      <ol class="paper-sheet">
        {questions.map((q) => (
          <li key={q.id} data-qid={q.id}>
            <p>{q.stem}</p>
            {q.type === 'judge' ? (
              <p class="muted">（判断：正确 / 错误）</p>
            ) : (
              <ol class="paper-options" type="A">
                {optionOrder(q, seed).map((i) => (
                  <li key={i}>{q.options[i]}</li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
      {withKey && (
        <section class="answer-key" aria-labelledby="key-h">
          <h2 id="key-h">答案与依据（讲师用）</h2>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">题号</th>
                  <th scope="col">答案</th>
                  <th scope="col">依据</th>
                </tr>
              </thead>
              <tbody>
                {questions.map((q, n) => (
                  <tr key={q.id}>
                    <td>{n + 1}</td>
                    <td>{key(q)}</td>
                    <td>{q.clauses.join('；')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
