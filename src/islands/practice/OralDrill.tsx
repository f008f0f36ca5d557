import { useState } from 'preact/hooks';
import type { BankQuestion } from '../../lib/practice/bank';
import { SELF_RATINGS } from '../../lib/practice/cards';
import { link } from '../../lib/paths';
import { routes } from '../../lib/routes';
import { rateCard } from '../../stores/practice';
import AnswerSheet from './AnswerSheet';
import ReadAloud from './ReadAloud';

interface Props {
  questions: BankQuestion[];
  onExit: () => void;
}

/** Oral drill: the question as an inspector would ask it → answer aloud → reveal the model answer with the clause → rate yourself. */
export default function OralDrill({ questions, onExit }: Props) {
  const [i, setI] = useState(0);
  const [shown, setShown] = useState(false);
  const [rated, setRated] = useState<string[]>([]);
  const [grades, setGrades] = useState<number[]>([]);
  const q = questions[i];
  if (!q) {
    return (
      <section>
        <h2>口述演练完成</h2>
        <p role="status">
          本轮 {questions.length} 题已自评：{rated.join('、')}。评分已计入每日复习计划，“忘了”“模糊”的题会更早再出现。
        </p>
        <button type="button" onClick={onExit}>
          返回
        </button>
      </section>
    );
  }
  const answerText = q.modelAnswer ?? `${q.answer.map((k) => q.options[k]).join('；')}。${q.explanation}`;
  return (
    <section aria-labelledby="oral-h">
      <h2 id="oral-h">
        口述演练 {i + 1}/{questions.length}
      </h2>
      <p class="muted">像检查人员当面提问一样：先大声说出你的回答，再看参考答案，然后如实给自己打分。</p>
      <AnswerSheet
        label="演练进度"
        current={i}
        cells={questions.map((x, k) => ({ id: x.id, state: k < grades.length ? ((grades[k] ?? 0) >= 3 ? 'right' : 'wrong') : 'open' }))}
      />
      <blockquote class="oral-q">
        <p>{q.oral ?? q.stem}</p>
        <ReadAloud text={q.oral ?? q.stem} />
      </blockquote>
      {!shown ? (
        <button type="button" onClick={() => setShown(true)}>
          我说完了，看参考答案
        </button>
      ) : (
        <>
          <div class="note">
            <p>
              <strong>参考答案：</strong>
              {answerText}
            </p>
            <p class="muted">
              依据：{q.clauses.join('；')}
              {q.criteria.map((c) => (
                <a key={c} href={link(routes.criterion(c))}>
                  {' '}
                  {c}
                </a>
              ))}
            </p>
          </div>
          <p>你刚才答得怎么样？</p>
          <p class="row">
            {SELF_RATINGS.map((r) => (
              <button
                key={r.id}
                type="button"
                class={r.id === 'again' || r.id === 'hard' ? 'secondary' : ''}
                onClick={() => {
                  rateCard(q.id, r.grade);
                  setRated([...rated, r.label]);
                  setGrades([...grades, r.grade]);
                  setShown(false);
                  setI(i + 1);
                }}
              >
                {r.label}
              </button>
            ))}
          </p>
        </>
      )}
    </section>
  );
}
