import { STATUS_LABELS } from '../../lib/hazards';
import { SEVERITY_LABELS, nameOf, type LedgerRow } from '../../lib/ledger';
import { link } from '../../lib/paths';
import { routes } from '../../lib/routes';
import StatusBadge from '../self-check/StatusBadge';
import { LazyPhotoThumbs } from '../self-check/lazy-photos';

const shown = (s: string) => s || '未填';

/** One hazard of the ledger as a card (a phone has no room for a 12-column table). */
export default function LedgerRowCard({ r }: { r: LedgerRow }) {
  const open = `${link(routes.selfCheck())}?${new URLSearchParams({ id: r.assessment, step: 'result' })}#finding-${r.key}`;
  return (
    <li class={`card ledger-row finding-${r.severity}`} id={`ledger-${r.assessment}-${r.key}`}>
      <h2>
        {r.no}. {nameOf(r)}
      </h2>
      <p>
        <span class={`badge ${r.severity === 'major' ? 'badge-danger' : 'badge-warn'}`}>{SEVERITY_LABELS[r.severity]}</span>{' '}
        <StatusBadge status={r.status} overdue={r.overdue} />
      </p>
      <dl>
        <dt>位置</dt>
        <dd>{shown(r.location)}</dd>
        <dt>发现日期</dt>
        <dd>{r.found}</dd>
        <dt>整改措施</dt>
        <dd>{shown(r.measure)}</dd>
        <dt>责任人</dt>
        <dd>{shown(r.owner)}</dd>
        <dt>期限</dt>
        <dd>{shown(r.deadline)}</dd>
        <dt>资金</dt>
        <dd>{shown(r.funds)}</dd>
        {r.status === 'closed' && (
          <>
            <dt>验收</dt>
            <dd>
              {r.acceptedBy}，{r.acceptedOn}
            </dd>
          </>
        )}
        <dt>自查记录</dt>
        <dd>{r.chain.map((c) => `${c.name}（${c.date}）`).join(' → ')}</dd>
      </dl>
      <LazyPhotoThumbs assessmentId={r.assessment} itemKey={r.key} label={nameOf(r)} />
      {r.history.length > 0 && (
        <details>
          <summary>整改记录（{r.history.length}）</summary>
          <ol>
            {r.history.map((e) => (
              <li key={e.at}>
                {e.date} {e.reopen && e.status === 'open' ? '重新打开' : STATUS_LABELS[e.status]}，{e.by}
                {e.note ? `：${e.note}` : ''}
              </li>
            ))}
          </ol>
        </details>
      )}
      <p class="ledger-open">
        <a href={open}>在自查中打开</a>
      </p>
    </li>
  );
}
