import { STATUS_LABELS, type HazardStatus } from '../../lib/hazards';

const TONE: Record<HazardStatus, string> = { open: 'badge-danger', fixing: 'badge-warn', fixed: 'badge-warn', closed: 'badge-ok' };

/** A hazard's status, and 期限已过 beside it when its deadline has passed and it is not closed. */
export default function StatusBadge({ status, overdue }: { status: HazardStatus; overdue: boolean }) {
  return (
    <>
      <span class={`badge ${TONE[status]}`}>{STATUS_LABELS[status]}</span>
      {overdue && (
        <>
          {' '}
          <span class="badge badge-danger overdue">期限已过</span>
        </>
      )}
    </>
  );
}
