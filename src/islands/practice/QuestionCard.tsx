import { useState } from 'preact/hooks';
import { TYPE_LABELS, type BankQuestion } from '../../lib/practice/bank';
import { optionOrder } from '../../lib/practice/select';
import { isCorrect } from '../../lib/practice/score';

interface Props {
  q: BankQuestion;
  /** Seed for the option order. */
  seed: string;
  base: string;
  /** Position label, e.g. 第3题 / 共20题. */
  position: string;
  /** Exam mode: no feedback; the choice is reported on every change. */
  exam?: boolean;
  chosen?: number[];
  onChange?: (chosen: number[]) => void;
  /** Practice mode: called once when the user submits. */
  onAnswer?: (correct: boolean, chosen: number[]) => void;
  favorite?: boolean;
  onFavorite?: () => void;
  /** Shows the answer and explanation for a given choice (exam review). */
  review?: boolean;
}

const LETTER = 'ABCDEF';

/** One question with shuffled options; in practice mode it checks the answer and explains it with the clause. */
export default function QuestionCard({
  q,
  seed,
  base,
  position,
  exam,
  chosen: controlled,
  onChange,
  onAnswer,
  favorite,
  onFavorite,
  review,
}: Props) {
  const [local, setLocal] = useState<number[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const chosen = controlled ?? local;
  const order = optionOrder(q, seed);
  const multi = q.answer.length > 1 || q.type === 'multiple';
  const showResult = review || submitted;
  const right = isCorrect(q, chosen);
  const pick = (i: number) => {
    if (showResult && !exam) return;
    const next = multi ? (chosen.includes(i) ? chosen.filter((x) => x !== i) : [...chosen, i]) : [i];
    if (controlled) onChange?.(next);
    else setLocal(next);
  };
  const name = `q-${q.id}`;
  return (
    <article class="question card" aria-labelledby={`${name}-stem`}>
      <p class="q-meta">
        <span>{position}</span>{' '}
        <span class="badge badge-muted">
          {TYPE_LABELS[q.type]}
          {multi && q.type === 'scenario' ? '（多选）' : ''}
        </span>
        {q.pool === 'extension' && (
          <span class="badge badge-muted" title="考条数、项号或2024年已过期限的题，模拟考试和培训试卷不抽">
            拓展
          </span>
        )}
        {onFavorite && (
          <button type="button" class="secondary small" aria-pressed={favorite} onClick={onFavorite}>
            {favorite ? '★ 已收藏' : '☆ 收藏'}
          </button>
        )}
      </p>
      <p id={`${name}-stem`} class="stem">
        {q.stem}
      </p>
      <fieldset class="options">
        <legend class="visually-hidden">选项</legend>
        {order.map((i, k) => {
          const isAnswer = q.answer.includes(i);
          const cls = showResult ? (isAnswer ? 'opt-right' : chosen.includes(i) ? 'opt-wrong' : '') : '';
          return (
            <label key={i} class={`option ${cls}`}>
              <input
                type={multi ? 'checkbox' : 'radio'}
                name={name}
                checked={chosen.includes(i)}
                disabled={showResult && !exam}
                onChange={() => pick(i)}
              />
              <span>
                {q.type === 'judge' ? '' : `${LETTER[k]}. `}
                {q.options[i]}
              </span>
            </label>
          );
        })}
      </fieldset>
      {!exam && !review && !submitted && (
        <button
          type="button"
          disabled={chosen.length === 0}
          onClick={() => {
            setSubmitted(true);
            onAnswer?.(isCorrect(q, chosen), chosen);
          }}
        >
          提交答案
        </button>
      )}
      {showResult && (
        <div class={right ? 'note' : 'danger-box'} role="status">
          <p>
            <strong>{right ? '回答正确' : chosen.length ? '回答错误' : '未作答'}</strong>。正确答案：
            {order.map((i, k) => (q.answer.includes(i) ? (q.type === 'judge' ? q.options[i] : LETTER[k]) : '')).join('')}
          </p>
          <p>{q.explanation}</p>
          <p class="muted">
            依据：{q.clauses.join('；')}
            {q.criteria.map((c) => (
              <a key={c} href={`${base}criteria/${c}/`}>
                {' '}
                查看条款 {c}
              </a>
            ))}
          </p>
        </div>
      )}
    </article>
  );
}
