import type { TargetedEvent } from 'preact';
import { MAJOR_PLAN_BASIS, MAJOR_PLAN_PARTS } from '../../lib/hazards';
import { isPlanComplete, type PlanEntry } from '../../lib/self-check';
import { LIMITS, textLength } from '../../lib/storage/limits';
import Counter from '../shared/Counter';

interface Props {
  /** The hazard's key (item id or own item id), for the fields' ids. */
  hkey: string;
  plan: PlanEntry;
  /** 重大事故隐患: the plan also asks for 治理的目标和任务 and 安全措施和应急预案. */
  major: boolean;
  /** Measures the user may take over with one tap. */
  suggestions: string[];
  edit: (field: keyof PlanEntry, value: string) => void;
}

const value = (ev: TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) => ev.currentTarget.value;

/** The action plan of one hazard; for a 重大事故隐患 the six parts of a 治理方案, their basis marked 待核实. */
export default function PlanFields({ hkey, plan, major, suggestions, edit }: Props) {
  const part = (field: 'goal' | 'safety', label: string) => (
    <>
      <label class="block">
        {label}
        <textarea
          rows={2}
          maxLength={LIMITS.planPart}
          value={plan[field] ?? ''}
          aria-describedby={`${field}-count-${hkey}`}
          onInput={(ev) => edit(field, value(ev))}
        />
      </label>
      <Counter id={`${field}-count-${hkey}`} value={plan[field] ?? ''} max={LIMITS.planPart} />
    </>
  );
  return (
    <fieldset>
      <legend>
        {major ? '重大事故隐患治理方案' : '整改计划'}
        {isPlanComplete(plan) ? '（已完整）' : '（未完成）'}
      </legend>
      {major && (
        <p class="muted small">
          治理方案应包括：{MAJOR_PLAN_PARTS.map((p) => p.label).join('、')}。依据：{MAJOR_PLAN_BASIS}
          <span class="pending-mark">〔待核实〕</span>
        </p>
      )}
      {major && part('goal', '治理的目标和任务')}
      <label class="block">
        {major ? '采取的方法和措施（整改措施）' : '整改措施'}
        <textarea
          rows={2}
          maxLength={LIMITS.measure}
          value={plan.measure}
          aria-describedby={`measure-count-${hkey}`}
          onInput={(ev) => edit('measure', value(ev))}
        />
      </label>
      <Counter id={`measure-count-${hkey}`} value={plan.measure} max={LIMITS.measure} />
      {suggestions.length > 0 && (
        <details>
          <summary>措施建议</summary>
          <ul>
            {suggestions.map((s) => {
              const next = plan.measure ? `${plan.measure}\n${s}` : s;
              const fits = textLength(next) <= LIMITS.measure;
              return (
                <li key={s}>
                  {s}{' '}
                  <button
                    type="button"
                    class="secondary small"
                    disabled={!fits}
                    title={fits ? undefined : `整改措施最多 ${LIMITS.measure} 字，已放不下这条建议`}
                    onClick={() => edit('measure', next)}
                  >
                    采用
                  </button>
                  {!fits && <span class="muted small">（已达字数上限，放不下）</span>}
                </li>
              );
            })}
          </ul>
        </details>
      )}
      <div class="grid3">
        <label class="block">
          {major ? '责任人（负责治理的机构和人员）' : '责任人'}
          <input type="text" maxLength={LIMITS.owner} value={plan.owner} onInput={(ev) => edit('owner', value(ev))} />
        </label>
        <label class="block">
          {major ? '完成期限（治理的时限和要求）' : '完成期限'}
          <input type="date" value={plan.deadline} onInput={(ev) => edit('deadline', value(ev))} />
        </label>
        <label class="block">
          {major ? '资金（经费和物资的落实）' : '资金'}
          <input
            type="text"
            maxLength={LIMITS.funds}
            value={plan.funds}
            placeholder="如：2万元 / 无需"
            onInput={(ev) => edit('funds', value(ev))}
          />
        </label>
      </div>
      {major && part('safety', '安全措施和应急预案（整改期间）')}
    </fieldset>
  );
}
