import type { BankQuestion } from '../../lib/practice/bank';
import type { ClassSummary } from '../../lib/practice/class-record';
import { link } from '../../lib/paths';
import { routes } from '../../lib/routes';

interface Props {
  summary: ClassSummary<BankQuestion>;
  paperCode: string;
  total: number;
  passMark: number;
  title: string;
}

/** The class record as shown and printed (培训考核记录): pass list, 签到/成绩表 and the most-missed questions. */
export default function ClassRecord({ summary, paperCode, total, passMark, title }: Props) {
  const { rows } = summary;
  return (
    <section class="class-record" aria-labelledby="record-h">
      <h2 id="record-h">培训考核记录</h2>
      <p class="print-only fill-line">培训名称：{title || '＿＿＿＿＿＿＿＿'}　日期＿＿＿＿＿＿　地点＿＿＿＿＿＿　讲师＿＿＿＿＿＿</p>
      <p data-testid="class-summary">
        试卷码 {paperCode} · {total} 题 · 合格线 {passMark} 分 · 参加 {rows.length} 人 · 合格 {summary.passed.length} 人 · 不合格{' '}
        {summary.failed.length} 人{summary.average !== null ? ` · 平均 ${summary.average} 分` : ''}
      </p>
      {rows.length === 0 ? (
        <p>还没有成绩码。学员交卷后把成绩码发给你，粘贴到上面即可。</p>
      ) : (
        <>
          <h3>合格名单</h3>
          <p data-testid="pass-list">{summary.passed.length ? summary.passed.join('、') : '无'}</p>
          {summary.failed.length > 0 && (
            <p>
              需补考：<span data-testid="fail-list">{summary.failed.join('、')}</span>
            </p>
          )}
          <h3>签到/成绩表</h3>
          <div class="table-wrap">
            <table class="score-table">
              <thead>
                <tr>
                  <th scope="col">序号</th>
                  <th scope="col">姓名</th>
                  <th scope="col">得分</th>
                  <th scope="col">结果</th>
                  <th scope="col">错题号</th>
                  <th scope="col">本人签字</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r, k) => (
                  <tr key={r.name}>
                    <td>{k + 1}</td>
                    <td>{r.name}</td>
                    <td>{r.score}</td>
                    <td>
                      {r.passed ? '合格' : '不合格'}
                      {r.attempts > 1 ? `（第 ${r.attempts} 次）` : ''}
                    </td>
                    <td>{r.wrong.join('、') || '—'}</td>
                    <td class="sign-cell" />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>错得最多的题</h3>
          {summary.mostMissed.length === 0 ? (
            <p>全部答对。</p>
          ) : (
            <ol class="most-missed" data-testid="most-missed">
              {summary.mostMissed.slice(0, 10).map((m) => (
                <li key={m.position}>
                  <strong>第 {m.position} 题</strong>（{m.misses}/{rows.length} 人答错）：{m.question.stem}
                  <br />
                  <span class="muted">
                    依据：{m.question.clauses.join('；')}
                    {m.question.criteria.map((c) => (
                      <a key={c} href={link(routes.criterion(c))}>
                        {' '}
                        查看条款 {c}
                      </a>
                    ))}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
