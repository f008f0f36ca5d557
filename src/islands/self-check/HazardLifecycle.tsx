import { useState } from 'preact/hooks';
import { localDate } from '../../lib/dates';
import { STATUS_LABELS, eventsInOrder, isOverdue, nextSteps, statusOf, type HazardTrack } from '../../lib/hazards';
import { LIMITS } from '../../lib/storage/limits';
import { acceptHazard, recordStep, setHazardLocation } from '../../stores/self-check';
import StatusBadge from './StatusBadge';

interface Props {
  /** The assessment's id. */
  aid: string;
  /** The hazard's key: the item id, or an own item's id. */
  hkey: string;
  track: HazardTrack | undefined;
  /** The plan's 期限, for the overdue flag. */
  deadline: string;
}

/**
 * The lifecycle of one hazard: status (and 期限已过), 位置, the next steps as buttons with their date (today unless
 * changed) and who did it, 验收人 and 验收日期 before 销号, and the dated history.
 */
export default function HazardLifecycle({ aid, hkey, track, deadline }: Props) {
  const status = statusOf(track);
  const [date, setDate] = useState(localDate);
  const [by, setBy] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const history = eventsInOrder(track);
  // 已整改待验收: the next step is 验收, so the person is the 验收人 and the date the 验收日期.
  const accepting = status === 'fixed';
  const run = (target: (typeof steps)[number]) => {
    const r =
      target.status === 'closed'
        ? acceptHazard(aid, hkey, { by, date, note })
        : recordStep(aid, hkey, { status: target.status, by, date, note });
    setError(r.ok ? '' : r.error);
    // The next step is usually someone else's (the 验收人 after the 整改 owner): nothing is carried over to it.
    if (r.ok) {
      setNote('');
      setBy('');
    }
  };
  const steps = nextSteps(status);
  return (
    <div class="lifecycle">
      <p class="lifecycle-status">
        整改状态：
        <StatusBadge status={status} overdue={isOverdue(deadline, status)} />
        {track?.carriedFrom && <span class="muted small">（从上一次自查带入）</span>}
      </p>
      <label class="block">
        隐患位置（车间、设备、部位）
        <input
          type="text"
          maxLength={LIMITS.location}
          value={track?.location ?? ''}
          onInput={(ev) => setHazardLocation(aid, hkey, ev.currentTarget.value)}
        />
      </label>
      <fieldset class="step-form">
        <legend>{accepting ? '验收（销号前必须填写验收人和验收日期）' : '记录整改进度'}</legend>
        <div class="grid3">
          <label class="block">
            {accepting ? '验收日期' : '日期'}
            <input type="date" value={date} onInput={(ev) => setDate(ev.currentTarget.value)} />
          </label>
          <label class="block">
            {accepting ? '验收人' : '经办人'}
            <input type="text" maxLength={LIMITS.person} value={by} onInput={(ev) => setBy(ev.currentTarget.value)} />
          </label>
          <label class="block">
            说明（可选）
            <input type="text" maxLength={LIMITS.eventNote} value={note} onInput={(ev) => setNote(ev.currentTarget.value)} />
          </label>
        </div>
        <p class="row step-buttons">
          {steps.map((s) => (
            <button key={s.status} type="button" class={s.reopen ? 'secondary' : undefined} onClick={() => run(s)}>
              {s.label}
            </button>
          ))}
        </p>
        {error && (
          <p role="alert" class="error-text">
            {error}
          </p>
        )}
      </fieldset>
      {track?.acceptance && status === 'closed' && (
        <p>
          验收：{track.acceptance.by}，{track.acceptance.date}
        </p>
      )}
      {history.length > 0 && (
        <details class="history" open={history.length <= 4}>
          <summary>整改记录（{history.length}）</summary>
          <ol>
            {history.map((e) => (
              <li key={e.at}>
                {e.date} {e.reopen && e.status !== 'fixing' ? '重新打开' : STATUS_LABELS[e.status]}
                {e.reopen && e.status === 'fixing' ? '（验收未通过）' : ''}，{e.by}
                {e.note ? `：${e.note}` : ''}
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}
