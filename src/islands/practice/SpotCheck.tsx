import { useRef, useState } from 'preact/hooks';
import type { BankQuestion } from '../../lib/practice/bank';
import { keyPoints } from '../../lib/practice/pick';
import { recordAnswer } from '../../stores/practice';
import AnswerSheet from './AnswerSheet';
import QuestionBasis from './QuestionBasis';
import ReadAloud from './ReadAloud';
import { useBringIntoView } from './useBringIntoView';

interface Props {
  questions: BankQuestion[];
  /** True when the questions were picked from the enterprise profile. */
  fromProfile: boolean;
  onExit: () => void;
}

/**
 * Spot-check as an inspector asks it: the question without options, an answer aloud or in writing, then the key points,
 * each marked 答到/没答到. A question with any point missed counts as wrong: it enters the wrong book and review.
 */
export default function SpotCheck({ questions, fromProfile, onExit }: Props) {
  const [i, setI] = useState(0);
  const [shown, setShown] = useState(false);
  const [hits, setHits] = useState<boolean[]>([]);
  const [results, setResults] = useState<boolean[]>([]);
  if (!questions.length) return <p>没有可抽问的题目。</p>;
  const q = questions[i];
  if (!q) {
    const missed = questions.filter((_, k) => !results[k]);
    return (
      <section aria-labelledby="spot-done-h">
        <h2 id="spot-done-h">抽问结束</h2>
        <p role="status">
          {questions.length} 题中答全 <strong data-testid="spot-hits">{questions.length - missed.length}</strong> 题，有遗漏 {missed.length}{' '}
          题。{missed.length ? '有遗漏的题已进入错题本，并排进每日复习。' : ''}
        </p>
        {missed.length > 0 && (
          <ul>
            {missed.map((q) => (
              <li key={q.id}>
                {(q.oral ?? q.stem).slice(0, 50)}（{q.clauses[0]}）
              </li>
            ))}
          </ul>
        )}
        <button type="button" onClick={onExit}>
          返回练习首页
        </button>
      </section>
    );
  }
  const points = keyPoints(q);
  const next = () => {
    const all = points.every((_, k) => hits[k]);
    recordAnswer(q.id, all);
    setResults([...results, all]);
    setHits([]);
    setShown(false);
    setI(i + 1);
  };
  return (
    <section aria-label="检查人员抽问">
      <p class="row">
        <button type="button" class="secondary" onClick={onExit}>
          ‹ 返回练习首页
        </button>
        <strong>
          现场抽问 {i + 1}/{questions.length}
        </strong>
      </p>
      <p class="muted">
        {fromProfile ? '题目取自本企业适用的行业和专项。' : '未设企业概况：题目取自全部题库。'}
        不给选项：像检查人员当面问一样，先说出或写下你的回答，再对照要点逐条打勾。
      </p>
      <AnswerSheet
        label="抽问进度"
        current={i}
        cells={questions.map((x, k) => ({ id: x.id, state: k < results.length ? (results[k] ? 'right' : 'wrong') : 'open' }))}
      />
      <SpotQuestion key={q.id} q={q} />
      <label class="block">
        你的回答（可不写，口头回答也行）
        <textarea key={q.id} rows={3} />
      </label>
      {!shown ? (
        <button type="button" onClick={() => setShown(true)}>
          我答完了，看要点
        </button>
      ) : (
        <div class="note">
          <fieldset>
            <legend>要点：答到的打勾</legend>
            {points.map((p, k) => (
              <label class="check" key={p}>
                <input
                  type="checkbox"
                  checked={!!hits[k]}
                  onChange={() => setHits(points.map((_, j) => (j === k ? !hits[j] : !!hits[j])))}
                />
                {p}
              </label>
            ))}
          </fieldset>
          <QuestionBasis q={q} />
          <button type="button" onClick={next}>
            {i < questions.length - 1 ? '记下，下一题' : '记下，结束抽问'}
          </button>
        </div>
      )}
    </section>
  );
}

/** The spoken question, brought into view and focused when it changes. */
function SpotQuestion({ q }: { q: BankQuestion }) {
  const box = useRef<HTMLQuoteElement>(null);
  const text = useRef<HTMLParagraphElement>(null);
  useBringIntoView(box, text, true);
  return (
    <blockquote class="oral-q" ref={box}>
      <p tabIndex={-1} ref={text}>
        {q.oral ?? q.stem}
      </p>
      <ReadAloud text={q.oral ?? q.stem} />
    </blockquote>
  );
}
