import { valueClass, type ReportFinding } from '../../lib/report-view';
import { LazyPhotoThumbs } from './lazy-photos';

/** One hazard of the report: heading with status and overdue flag, its fields as a two-column table, history, photo area. */
export default function ReportFindingBlock({ aid, f, n }: { aid: string; f: ReportFinding; n: number }) {
  return (
    <article class="report-finding" id={`report-${f.key}`}>
      <h4>
        {n}. {f.clause} {f.title} <span class="report-status">{f.status}</span>
        {f.overdue && <span class="report-overdue">期限已过</span>}
      </h4>
      <table class="report-kv">
        <tbody>
          {f.fields.map((x) => (
            <tr key={x.label}>
              <th scope="row">{x.label}</th>
              <td class={valueClass(x)}>{x.value}</td>
            </tr>
          ))}
          {f.history.length > 0 && (
            <tr>
              <th scope="row">整改记录</th>
              <td>
                <ol class="report-history">
                  {f.history.map((h, i) => (
                    <li key={i}>
                      <span class="nowrap">{h.date}</span> {h.text}
                    </li>
                  ))}
                </ol>
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <div class="report-photos">
        <LazyPhotoThumbs assessmentId={aid} itemKey={f.key} label={`${f.clause} ${f.title}`.trim()} />
      </div>
    </article>
  );
}
