import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CheckItem } from '../../lib/checks';
import { localDate } from '../../lib/dates';
import { STATUSES, STATUS_LABELS, isHazardStatus } from '../../lib/hazards';
import { NO_FILTER, buildLedger, countRows, filterRows, ledgerText, type LedgerFilter } from '../../lib/ledger';
import { link } from '../../lib/paths';
import { routes } from '../../lib/routes';
import type { Assessment } from '../../lib/self-check';
import LedgerExport from './LedgerExport';
import LedgerRowCard from './LedgerRowCard';

interface Props {
  list: Assessment[];
  items: CheckItem[];
}

/** The ledger: counts, filters (status / overdue / major), the rows sorted by 期限, and its export. */
export default function Ledger({ list, items }: Props) {
  // A printed ledger is the record an inspector reads: every hazard's history prints, not only its summary line.
  useEffect(() => {
    const open = () => document.querySelectorAll<HTMLDetailsElement>('.ledger-row details').forEach((d) => (d.open = true));
    addEventListener('beforeprint', open);
    return () => removeEventListener('beforeprint', open);
  }, []);
  const today = localDate();
  const rows = useMemo(() => buildLedger(list, items, today), [list, items, today]);
  const [filter, setFilter] = useState<LedgerFilter>(NO_FILTER);
  const shown = filterRows(rows, filter);
  const c = countRows(rows);
  if (rows.length === 0)
    return (
      <p>
        本机还没有隐患记录。在<a href={link(routes.selfCheck())}>自查</a>中答“不符合”的条目，或添加其他隐患，会出现在这里。
      </p>
    );
  return (
    <div>
      <ul class="ledger-counts" aria-label="台账统计">
        <li>
          共 <strong>{c.total}</strong> 项
        </li>
        <li>重大事故隐患 {c.major} 项</li>
        {STATUSES.map((s) => (
          <li key={s}>
            {STATUS_LABELS[s]} {c.byStatus[s]}
          </li>
        ))}
        <li class={c.overdue ? 'error-text' : undefined}>期限已过 {c.overdue} 项</li>
      </ul>
      <fieldset class="ledger-filters">
        <legend>筛选</legend>
        <label class="block">
          状态
          <select
            value={filter.status}
            onChange={(ev) => {
              const status = ev.currentTarget.value;
              if (status === 'all' || isHazardStatus(status)) setFilter({ ...filter, status });
            }}
          >
            <option value="all">全部</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label class="check">
          <input type="checkbox" checked={filter.overdue} onChange={(ev) => setFilter({ ...filter, overdue: ev.currentTarget.checked })} />
          只看期限已过
        </label>
        <label class="check">
          <input type="checkbox" checked={filter.major} onChange={(ev) => setFilter({ ...filter, major: ev.currentTarget.checked })} />
          只看重大事故隐患
        </label>
      </fieldset>
      <p role="status">
        显示 {shown.length} / {rows.length} 项，按整改期限排列（未定期限的在最后）。
      </p>
      <LedgerExport rows={shown} text={() => ledgerText(shown, today)} />
      <ol class="ledger-rows">
        {shown.map((r) => (
          <LedgerRowCard key={r.id} r={r} />
        ))}
      </ol>
    </div>
  );
}
