import type { BankQuestion } from '../../lib/practice/bank';
import type { PracticeState } from '../../stores/practice';

interface Props {
  bank: BankQuestion[];
  state: PracticeState;
  topicLabel: Record<string, string>;
}

/** Accuracy by topic (weakest first) and past exams, so the user knows what to study next. */
export default function Stats({ bank, state, topicLabel }: Props) {
  const rows = [...new Set(bank.flatMap((q) => q.topics))]
    .map((t) => {
      const qs = bank.filter((q) => q.topics.includes(t));
      const done = qs.map((q) => state.answered[q.id]).filter((a) => !!a);
      const n = done.reduce((s, a) => s + a.n, 0);
      const right = done.reduce((s, a) => s + a.right, 0);
      return { t, total: qs.length, seen: done.length, rate: n ? Math.round((right / n) * 100) : null };
    })
    .sort((a, b) => (a.rate ?? 101) - (b.rate ?? 101));
  const known = new Set(bank.map((q) => q.id));
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
              <tr key={r.t}>
                <td>{topicLabel[r.t] ?? r.t}</td>
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
        <ul>
          {state.history.slice(0, 20).map((h) => (
            <li key={h.id}>
              {h.at.slice(0, 16).replace('T', ' ')} · {h.kind === 'paper' ? '统一试卷' : '模拟考试'} · {h.score} 分（
              {h.passed ? '合格' : '不合格'}）· {h.questionIds.filter((id) => known.has(id)).length} 题 · 用时 {Math.round(h.seconds / 60)}{' '}
              分钟 · 试卷码 {h.code}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
