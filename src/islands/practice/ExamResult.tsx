import { useState } from 'preact/hooks';
import { articleScores, topicScores, type GroupScore } from '../../lib/practice/analysis';
import type { BankQuestion } from '../../lib/practice/bank';
import { isCorrect } from '../../lib/practice/score';
import { link } from '../../lib/paths';
import { routes } from '../../lib/routes';
import { rateCard } from '../../stores/practice';
import type { ExamRecord } from '../../stores/practice-schema';
import AnswerSheet from './AnswerSheet';
import { fmtTime } from './ExamRunner';
import QuestionCard from './QuestionCard';
import { articleLabel, articlePath, TOPIC_LABEL } from './topic-labels';
import { zhDateTime } from '../../lib/dates';

interface Props {
  record: ExamRecord;
  /** The paper's questions still in the bank, in paper order. */
  questions: BankQuestion[];
  title: string;
  timedOut?: boolean;
  /** 错题重练: a drill of this paper's wrong questions. */
  onRetry?: () => void;
  onExit: () => void;
  /** Shown under the score (a trainer paper's result code). */
  children?: preact.ComponentChildren;
}

/** Exam result that teaches: score and pass mark, scores by topic and article, a coloured answer sheet to review from. */
export default function ExamResult({ record, questions, title, timedOut, onRetry, onExit, children }: Props) {
  const [open, setOpen] = useState<number | null>(null);
  const [onlyWrong, setOnlyWrong] = useState(false);
  const [queued, setQueued] = useState(false);
  const right = (q: BankQuestion) => isCorrect(q, record.answers[q.id] ?? []);
  const wrong = questions.filter((q) => !right(q));
  const toReview = () => {
    wrong.forEach((q) => rateCard(q.id, 1));
    setQueued(true);
  };
  const table = (caption: string, rows: GroupScore[], label: (k: string) => preact.ComponentChildren) => (
    <div class="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">范围</th>
            <th scope="col">答对/题数</th>
            <th scope="col">得分</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} class={r.score < record.passMark ? 'row-weak' : ''}>
              <td>{label(r.key)}</td>
              <td>
                {r.right}/{r.total}
              </td>
              <td>{r.score}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <section aria-labelledby="result-h">
      <h2 id="result-h">{title}：成绩</h2>
      {timedOut && (
        <p class="pending" role="alert">
          时间到，已自动交卷。没答的题按答错计。
        </p>
      )}
      <div class={record.passed ? 'note' : 'danger-box'} role="status">
        <p class="score">
          {record.name ? `${record.name}：` : ''}得分 <strong data-testid="score">{record.score}</strong> 分（答对{' '}
          {questions.length - wrong.length}/{questions.length}，合格线 {record.passMark} 分）：
          <strong>{record.passed ? '合格' : '不合格'}</strong>
        </p>
        <p>
          用时 {fmtTime(record.seconds)} · 试卷码 <strong data-testid="paper-code">{record.code}</strong> · {zhDateTime(record.at)}
        </p>
        {!record.passed && <p>各地做法不一：有的地方把现场考试不合格列为问题，要求整改并补考。先练下面得分低的部分。</p>}
      </div>
      {children}
      <p class="row">
        {wrong.length > 0 && onRetry && (
          <button type="button" onClick={onRetry}>
            错题重练（{wrong.length}）
          </button>
        )}
        {wrong.length > 0 && (
          <button type="button" class="secondary" disabled={queued} onClick={toReview}>
            {queued ? `已加入每日复习（${wrong.length}）` : '错题全部加入每日复习'}
          </button>
        )}
        <button type="button" class="secondary" onClick={onExit}>
          返回
        </button>
      </p>
      <h3>答题卡</h3>
      <p class="muted">点题号查看该题的答案、解析和条款。</p>
      <AnswerSheet
        label="成绩答题卡"
        cells={questions.map((q) => ({ id: q.id, state: right(q) ? 'right' : 'wrong', flagged: record.flagged?.includes(q.id) }))}
        current={open ?? undefined}
        onGo={(i) => {
          setOnlyWrong(false);
          setOpen(i);
        }}
      />
      {open !== null && questions[open] && !onlyWrong && (
        <QuestionCard
          key={questions[open].id}
          uid={`sel-${questions[open].id}`}
          q={questions[open]}
          seed={record.seed}
          position={`第${open + 1}题`}
          review
          focusOnMount
          chosen={record.answers[questions[open].id] ?? []}
        />
      )}
      <h3>哪里要补</h3>
      {table('按专题得分（低的在前）', topicScores(questions, record.answers), (k) => TOPIC_LABEL[k] ?? k)}
      {table('按条得分（令第10号）', articleScores(questions, record.answers), (k) => {
        const slug = articlePath(k);
        return slug ? <a href={link(routes.criteriaDomain(slug))}>{articleLabel(k)}</a> : articleLabel(k);
      })}
      <h3>逐题回顾</h3>
      <label class="check">
        <input type="checkbox" checked={onlyWrong} onChange={() => setOnlyWrong(!onlyWrong)} />
        只看错题（{wrong.length}）
      </label>
      {onlyWrong &&
        (wrong.length ? (
          wrong.map((q) => (
            <QuestionCard
              key={q.id}
              q={q}
              seed={record.seed}
              position={`第${questions.indexOf(q) + 1}题`}
              review
              chosen={record.answers[q.id] ?? []}
            />
          ))
        ) : (
          <p>全部答对。</p>
        ))}
      {!onlyWrong && (
        <details>
          <summary>展开全部 {questions.length} 题</summary>
          {questions.map((q, i) => (
            <QuestionCard key={q.id} q={q} seed={record.seed} position={`第${i + 1}题`} review chosen={record.answers[q.id] ?? []} />
          ))}
        </details>
      )}
    </section>
  );
}
