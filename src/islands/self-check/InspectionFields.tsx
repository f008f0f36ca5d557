import type { Assessment } from '../../lib/self-check';
import { LIMITS } from '../../lib/storage/limits';
import { setInspection } from '../../stores/self-check';

/** 检查人 and 检查日期 of this self-check, printed on the report. */
export default function InspectionFields({ a }: { a: Assessment }) {
  return (
    <fieldset class="inspection">
      <legend>本次自查</legend>
      <div class="grid3">
        <label class="block">
          检查人
          <input
            type="text"
            maxLength={LIMITS.person}
            value={a.inspection?.by ?? ''}
            onInput={(ev) => setInspection(a.id, { by: ev.currentTarget.value })}
          />
        </label>
        <label class="block">
          检查日期
          <input type="date" value={a.inspection?.date ?? ''} onInput={(ev) => setInspection(a.id, { date: ev.currentTarget.value })} />
        </label>
      </div>
    </fieldset>
  );
}
