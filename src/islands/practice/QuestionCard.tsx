import { useEffect, useRef, useState } from 'preact/hooks';
import { OPTION_LETTERS as LETTER, TYPE_LABELS, type BankQuestion } from '../../lib/practice/bank';
import { optionOrder } from '../../lib/practice/select';
import { isCorrect } from '../../lib/practice/score';
import QuestionBasis from './QuestionBasis';
import ReadAloud from './ReadAloud';
import { useBringIntoView } from './useBringIntoView';

interface Props {
  q: BankQuestion;
  /** Seed for the option order. */
  seed: string;
  /** Position label, e.g. 第3题 / 共20题. */
  position: string;
  /** Exam mode: no feedback; the choice is reported on every change. */
  exam?: boolean;
  chosen?: number[];
  onChange?: (chosen: number[]) => void;
  /** Practice mode: called once when the user answers (one tap for 单选/判断, 提交答案 for several answers). */
  onAnswer?: (correct: boolean, chosen: number[]) => void;
  favorite?: boolean;
  onFavorite?: () => void;
  /** Shows the answer and explanation for a given choice (exam review). */
  review?: boolean;
  /** 背题模式: the answer and explanation are shown at once, for a first reading. */
  study?: boolean;
  /** Scrolls the card below the sticky bar and focuses its stem when it appears (a new question). */
  focusOnMount?: boolean;
  /** Makes element ids and the radio group unique when the same question is shown twice on a page. */
  uid?: string;
  /** Extra controls in the header (e.g. 标记 in an exam). */
  extra?: preact.ComponentChildren;
  /**
   * Practice mode: a choice made before this card could answer (on the page's build-time copy of it, see
   * PracticeFirstQuestion.tsx). A 单选 or 判断 is judged at once, as its tap would have been; several answers wait for 提交,
   * unless it was tapped there too (`initialSubmitted`).
   */
  initial?: number[];
  initialSubmitted?: boolean;
}

/** One question with shuffled options; in practice mode it checks the answer and explains it with the clause. */
export default function QuestionCard(props: Props) {
  const { q, seed, position, exam, chosen: controlled, onChange, onAnswer, favorite, onFavorite, review, study } = props;
  const [local, setLocal] = useState<number[]>(props.initial ?? []);
  const [submitted, setSubmitted] = useState(false);
  const card = useRef<HTMLElement>(null);
  const stemRef = useRef<HTMLParagraphElement>(null);
  useBringIntoView(card, stemRef, !!props.focusOnMount);
  const chosen = study ? q.answer : (controlled ?? local);
  const order = optionOrder(q, seed);
  const multi = q.answer.length > 1 || q.type === 'multiple';
  const showResult = review || submitted || study;
  const right = isCorrect(q, chosen);
  const submit = (c: number[]) => {
    setSubmitted(true);
    onAnswer?.(isCorrect(q, c), c);
  };
  const pick = (i: number) => {
    if (showResult && !exam) return;
    const next = multi ? (chosen.includes(i) ? chosen.filter((x) => x !== i) : [...chosen, i]) : [i];
    if (controlled) onChange?.(next);
    else setLocal(next);
    // One tap answers a 单选 or 判断 in practice, as the exam apps principals know do.
    if (!exam && !multi) submit(next);
  };
  const judgeKept = !exam && (!multi || !!props.initialSubmitted) && !!props.initial?.length;
  useEffect(() => {
    if (judgeKept) submit(local);
    // Once, for the choice this card was created with (a later choice is judged by its own tap).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const name = `q-${props.uid ?? q.id}`;
  const key = order.map((i, k) => (q.answer.includes(i) ? (q.type === 'judge' ? q.options[i] : LETTER[k]) : '')).join('');
  return (
    <article class="question card" aria-labelledby={`${name}-stem`} ref={card}>
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
        <ReadAloud text={q.type === 'judge' ? q.stem : `${q.stem}。${order.map((i, k) => `${LETTER[k]}，${q.options[i]}`).join('。')}`} />
        {props.extra}
      </p>
      <p id={`${name}-stem`} class="stem" tabIndex={-1} ref={stemRef}>
        {q.stem}
      </p>
      <fieldset class="options">
        <legend class="visually-hidden">选项{multi ? '（多选，选好后提交）' : ''}</legend>
        {order.map((i, k) => {
          const isAnswer = q.answer.includes(i);
          const cls = showResult ? (isAnswer ? 'opt-right' : chosen.includes(i) ? 'opt-wrong' : '') : '';
          return (
            <label key={i} class={`option ${cls}`}>
              <input
                type={multi ? 'checkbox' : 'radio'}
                name={name}
                data-opt={i}
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
      {!exam && !showResult && multi && (
        <button type="button" disabled={chosen.length === 0} onClick={() => submit(chosen)}>
          提交答案
        </button>
      )}
      {showResult && (
        <div class={study ? 'note' : right ? 'note' : 'danger-box'} role="status">
          <p>
            <strong>{study ? '背题' : right ? '回答正确' : chosen.length ? '回答错误' : '未作答'}</strong>。正确答案：{key}
          </p>
          <p>{q.explanation}</p>
          <QuestionBasis q={q} />
        </div>
      )}
    </article>
  );
}
