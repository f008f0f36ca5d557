import type { AppendixModule } from '../../lib/report-view';

/**
 * The appendix: every applicable item with its answer, by module, so the printout is the inspection record. One table
 * with a row group per module, so all modules share one set of columns sized to their content.
 */
export default function ReportAppendix({ modules }: { modules: AppendixModule[] }) {
  return (
    <section class="report-appendix report-table" aria-labelledby="report-appendix-title">
      <h3 id="report-appendix-title">附录：逐条核对记录</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">条款</th>
            <th scope="col">条目</th>
            <th scope="col">结论</th>
            <th scope="col">备注</th>
          </tr>
        </thead>
        {modules.map((m) => (
          <tbody key={m.id}>
            <tr class="module">
              <th colSpan={4} scope="rowgroup">
                {m.label}
              </th>
            </tr>
            {m.rows.map((r) => (
              <tr key={r.id} class={`answer-${r.code}`}>
                <td data-label="条款" class="nowrap">
                  {r.clause}
                </td>
                <td data-label="条目">{r.title}</td>
                <td data-label="结论" class="nowrap">
                  {r.answer}
                </td>
                <td data-label="备注" class={r.note ? undefined : 'empty'}>
                  {r.note || '—'}
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </section>
  );
}
