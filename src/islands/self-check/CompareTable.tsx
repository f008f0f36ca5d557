import type { CheckItem } from '../../lib/checks';
import { CHANGE_LABELS, checkDay, compareRows } from '../../lib/report-compare';
import type { Assessment } from '../../lib/self-check';
import '../../styles/report.css';

interface Props {
  earlier: Assessment;
  later: Assessment;
  items: CheckItem[];
}

/** Two self-checks side by side: one row per item that was a hazard in either, with what changed. */
export default function CompareTable({ earlier, later, items }: Props) {
  const rows = compareRows(earlier, later, items);
  const count = (c: keyof typeof CHANGE_LABELS) => rows.filter((r) => r.change === c).length;
  return (
    <div role="status" class="compare">
      <p>
        较早：{earlier.name}（{checkDay(earlier)}） → 较新：{later.name}（{checkDay(later)}）
      </p>
      <p>
        已整改 {count('fixed')} 项 · 新发现 {count('added')} 项 · 仍存在 {count('still')} 项
        {count('unconfirmed') > 0 && ` · 未确认整改 ${count('unconfirmed')} 项`}
      </p>
      {rows.length === 0 ? (
        <p>两次自查都没有不符合项。</p>
      ) : (
        <div class="report-table">
          <table>
            <caption class="visually-hidden">两次自查对比</caption>
            <thead>
              <tr>
                <th scope="col">条目</th>
                <th scope="col">较早结论</th>
                <th scope="col">较新结论</th>
                <th scope="col">变化</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} class={`change-${r.change}`}>
                  <td data-label="条目">{r.label}</td>
                  <td data-label="较早结论">{r.before}</td>
                  <td data-label="较新结论">{r.after}</td>
                  <td data-label="变化">
                    <strong>{CHANGE_LABELS[r.change]}</strong>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
