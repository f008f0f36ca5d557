import { examTrend, topicAccuracy } from '../../lib/practice/analysis';
import type { BankQuestion } from '../../lib/practice/bank';
import type { PracticeState } from '../../stores/practice';
import { TOPIC_LABEL } from './topic-labels';
import { zhDateTime } from '../../lib/dates';

interface Props {
  bank: BankQuestion[];
  state: PracticeState;
  /** Link to a past exam's result view. */
  resultHref: (examId: string) => string;
  onResult: (examId: string) => void;
}

/** Accuracy by topic (weakest first), the trend of past exams and their list, so the user knows what to study next. */
export default function Stats({ bank, state, resultHref, onResult }: Props) {
  const rows = topicAccuracy(bank, state.answered);
  const known = new Set(bank.map((q) => q.id));
  const trend = examTrend(state.history);
  return (
    <section aria-labelledby="stats-h">
      <h2 id="stats-h">学习情况</h2>
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">各专题正确率</caption>
          <thead>
            <tr>
              <th scope="col">专题</th>
              <th scope="col">做过/题数</th>
              <th scope="col">正确率</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.topic}>
                <td>{TOPIC_LABEL[r.topic] ?? r.topic}</td>
                <td>
                  {r.seen}/{r.total}
                </td>
                <td>{r.rate === null ? '—' : `${r.rate}%`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>历史考试（{state.history.length}）</h3>
      {state.history.length === 0 ? (
        <p>还没有考试记录。</p>
      ) : (
        <>
          <figure class="trend">
            <figcaption>最近 {trend.length} 次得分（从早到晚）</figcaption>
            <ol class="trend-bars" data-testid="trend">
              {trend.map((h, k) => (
                <li key={k} class={h.passed ? 'pass' : 'fail'} style={`--h:${h.score}%`}>
                  <span>{h.score}</span>
                </li>
              ))}
            </ol>
          </figure>
          <ul>
            {state.history.slice(0, 20).map((h) => (
              <li key={h.id}>
                <a
                  href={resultHref(h.id)}
                  onClick={(e) => {
                    e.preventDefault();
                    onResult(h.id);
                  }}
                >
                  {zhDateTime(h.at)} · {h.kind === 'paper' ? '统一试卷' : '模拟考试'} · {h.score} 分（
                  {h.passed ? '合格' : '不合格'}）
                </a>{' '}
                · {h.questionIds.filter((id) => known.has(id)).length} 题 · 用时 {Math.round(h.seconds / 60)} 分钟 · 试卷码 {h.code}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
