import type { Finding, PlanEntry } from '../../lib/self-check';
import { ANSWER_LABELS, isPlanComplete, suggestMeasures } from '../../lib/self-check';
import { LIMITS, textLength } from '../../lib/storage/limits';
import Counter from '../shared/Counter';

interface Props {
  f: Finding;
  plan: PlanEntry;
  base: string;
  edit: (id: string, field: keyof PlanEntry, value: string) => void;
}

/** One finding with its clause, what was seen, and its action plan (措施 with suggestions, 责任人, 期限, 资金). */
export default function FindingCard({ f, plan, base, edit }: Props) {
  return (
    <li class={`card finding-${f.severity}`} id={`finding-${f.item.id}`}>
      <p>
        <span class={`badge ${f.severity === 'major' ? 'badge-danger' : 'badge-warn'}`}>
          {f.severity === 'major' ? '重大事故隐患' : '一般问题'}
        </span>{' '}
        <a href={`${base}${f.item.kind === 'criterion' ? `criteria/${f.item.id}/` : `regulations/work-plan-2024/task-${f.item.task}/`}`}>
          {f.item.clause}
        </a>{' '}
        {f.item.title}
        <span class="muted">（{ANSWER_LABELS[f.answer.answer]}）</span>
      </p>
      <p class="muted">{f.item.detail}</p>
      {f.item.penalty && <p class="muted">法律后果：{f.item.penalty}</p>}
      {f.answer.note && <p>现场情况：{f.answer.note}</p>}
      <fieldset>
        <legend>整改计划{isPlanComplete(f.plan) ? '（已完整）' : '（未完成）'}</legend>
        <label class="block">
          整改措施
          <textarea
            rows={2}
            maxLength={LIMITS.measure}
            value={plan.measure}
            aria-describedby={`measure-count-${f.item.id}`}
            onInput={(ev) => edit(f.item.id, 'measure', (ev.currentTarget as HTMLTextAreaElement).value)}
          />
        </label>
        <Counter id={`measure-count-${f.item.id}`} value={plan.measure} max={LIMITS.measure} />
        <details>
          <summary>措施建议</summary>
          <ul>
            {suggestMeasures(f.item).map((s) => {
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
                    onClick={() => edit(f.item.id, 'measure', next)}
                  >
                    采用
                  </button>
                  {!fits && <span class="muted small">（已达字数上限，放不下）</span>}
                </li>
              );
            })}
          </ul>
        </details>
        <div class="grid3">
          <label class="block">
            责任人
            <input
              type="text"
              maxLength={LIMITS.owner}
              value={plan.owner}
              onInput={(ev) => edit(f.item.id, 'owner', (ev.currentTarget as HTMLInputElement).value)}
            />
          </label>
          <label class="block">
            完成期限
            <input
              type="date"
              value={plan.deadline}
              onInput={(ev) => edit(f.item.id, 'deadline', (ev.currentTarget as HTMLInputElement).value)}
            />
          </label>
          <label class="block">
            资金
            <input
              type="text"
              maxLength={LIMITS.owner}
              value={plan.funds}
              placeholder="如：2万元 / 无需"
              onInput={(ev) => edit(f.item.id, 'funds', (ev.currentTarget as HTMLInputElement).value)}
            />
          </label>
        </div>
      </fieldset>
    </li>
  );
}
