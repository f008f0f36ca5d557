import { valueClass, type ReportField, type ReportFinding } from '../../lib/report-view';

interface Props {
  major: ReportFinding[];
  gaps: ReportFinding[];
  own: ReportFinding[];
}

const Cell = ({ x }: { x: ReportField }) => (
  <td data-label={x.label} class={valueClass(x)}>
    {x.value}
  </td>
);

/** The overview an inspector reads first: every hazard on one line, with its level, status, owner, deadline and funds. */
export default function ReportSummary({ major, gaps, own }: Props) {
  const rows = [
    ...major.map((f) => ({ f, level: '重大事故隐患' })),
    ...gaps.map((f) => ({ f, level: '一般问题' })),
    ...own.map((f) => ({ f, level: f.severity === 'major' ? '自行添加（重大）' : '自行添加（一般）' })),
  ];
  if (rows.length === 0) return null;
  return (
    <div class="report-table report-summary">
      <table>
        <caption>隐患一览（{rows.length} 项）</caption>
        <thead>
          <tr>
            <th scope="col">序号</th>
            <th scope="col">隐患（条款）</th>
            <th scope="col">等级</th>
            <th scope="col">状态</th>
            <th scope="col">责任人</th>
            <th scope="col">期限</th>
            <th scope="col">资金</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ f, level }, i) => (
            <tr key={f.key}>
              <td data-label="序号" class="nowrap">
                {i + 1}
              </td>
              <td data-label="隐患">
                {f.clause} {f.title}
              </td>
              <td data-label="等级" class="nowrap">
                {level}
              </td>
              <td data-label="状态">
                <span class="nowrap">{f.status}</span>
                {f.overdue && <span class="report-overdue">期限已过</span>}
              </td>
              <Cell x={f.owner} />
              <Cell x={f.deadline} />
              <Cell x={f.funds} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
