import type { CheckItem } from '../../lib/checks';
import {
  ANSWER_LABELS,
  evaluate,
  findingsWithoutPlan,
  isPlanComplete,
  suggestMeasures,
  type Assessment,
  type PlanEntry,
} from '../../lib/self-check';
import { LIMITS, textLength } from '../../lib/storage/limits';
import Counter from '../shared/Counter';
import OpenItems from './OpenItems';
import { planFinding } from '../../stores/self-check';

interface Props {
  a: Assessment;
  items: CheckItem[];
  base: string;
  /** The report page of this assessment. */
  reportHref: string;
  /** Shows the report in place instead (no storage: a page load would lose the work). */
  onReport?: (() => void) | undefined;
}

/** Evaluation (重大事故隐患 / 一般问题 / 待核实) and the action plan per finding. */
export default function ResultStep({ a, items, base, reportHref, onReport }: Props) {
  const e = evaluate(a, items);
  const missing = findingsWithoutPlan(e);
  const edit = (id: string, field: keyof PlanEntry, value: string) => planFinding(a.id, id, { [field]: value });
  return (
    <div>
      <p class="note" role="status">
        已核对 {e.counts.answered}/{e.counts.total} 条：重大事故隐患 <strong>{e.major.length}</strong> 项，一般问题 {e.gaps.length}{' '}
        项，待核实 {e.open.length} 项。
        {e.unanswered.length > 0 && ` 还有 ${e.unanswered.length} 条未核对。`}
      </p>
      {missing.length > 0 && (
        <p class="pending" role="alert">
          有 {missing.length} 项问题还没有完整的整改计划（措施、责任人、期限）。
        </p>
      )}
      <h3>重大事故隐患（{e.major.length}）</h3>
      {e.major.length === 0 && <p>没有答“不符合”的判定标准条目。</p>}
      <ol class="findings">
        {e.findings.map((f) => {
          const plan = a.plans[f.item.id] ?? { measure: '', owner: '', deadline: '', funds: '' };
          return (
            <li key={f.item.id} class={`card finding-${f.severity}`} id={`finding-${f.item.id}`}>
              <p>
                <span class={`badge ${f.severity === 'major' ? 'badge-danger' : 'badge-warn'}`}>
                  {f.severity === 'major' ? '重大事故隐患' : '一般问题'}
                </span>{' '}
                <a
                  href={`${base}${f.item.kind === 'criterion' ? `criteria/${f.item.id}/` : `regulations/work-plan-2024/task-${f.item.task}/`}`}
                >
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
        })}
      </ol>
      <h3>待核实（{e.open.length}）</h3>
      {e.open.length ? <OpenItems items={e.open} /> : <p>没有待核实的条目。</p>}
      {e.orphans.length > 0 && (
        <>
          <h3>条目已更新</h3>
          <p>这些旧条目在内容更新后已不存在，答案仍保留：{e.orphans.map((o) => o.id).join('、')}</p>
        </>
      )}
      <p>
        <a
          class="button"
          href={reportHref}
          onClick={(ev) => {
            if (!onReport) return;
            ev.preventDefault();
            onReport();
          }}
        >
          查看和打印报告
        </a>
      </p>
    </div>
  );
}
