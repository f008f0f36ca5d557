import type { CheckItem } from '../../lib/checks';
import { isOverdue } from '../../lib/hazards';
import { link } from '../../lib/paths';
import { routes } from '../../lib/routes';
import { evaluate, findingsWithoutPlan, isPlanComplete, type Assessment, type PlanEntry } from '../../lib/self-check';
import { planFinding } from '../../stores/self-check';
import FindingCard from './FindingCard';
import InspectionFields from './InspectionFields';
import OpenItems from './OpenItems';
import OwnItemCard from './OwnItemCard';
import OwnItemForm from './OwnItemForm';
import '../../styles/hazards.css';

interface Props {
  a: Assessment;
  items: CheckItem[];
  /** The report page of this assessment. */
  reportHref: string;
  /** Shows the report in place instead (no storage: a page load would lose the work). */
  onReport?: (() => void) | undefined;
}

/** Evaluation (重大事故隐患 / 一般问题 / 待核实), the plan and lifecycle per hazard, own hazards, and who checked when. */
export default function ResultStep({ a, items, reportHref, onReport }: Props) {
  const e = evaluate(a, items);
  const missing = findingsWithoutPlan(e).length + e.own.filter((o) => !isPlanComplete(o.plan)).length;
  const edit = (id: string, field: keyof PlanEntry, value: string) => planFinding(a.id, id, { [field]: value });
  const planOf = (id: string): PlanEntry => a.plans[id] ?? { measure: '', owner: '', deadline: '', funds: '' };
  const all = [...e.findings.map((f) => ({ status: f.status, key: f.item.id })), ...e.own.map((o) => ({ status: o.status, key: o.key }))];
  const closed = all.filter((h) => h.status === 'closed').length;
  const overdue = all.filter((h) => isOverdue(planOf(h.key).deadline, h.status)).length;
  return (
    <div>
      <p class="note" role="status">
        已核对 {e.counts.answered}/{e.counts.total} 条：重大事故隐患 <strong>{e.major.length}</strong> 项，一般问题 {e.gaps.length}{' '}
        项，待核实 {e.open.length} 项。
        {e.unanswered.length > 0 && ` 还有 ${e.unanswered.length} 条未核对。`}
        {all.length > 0 && ` 隐患共 ${all.length} 项，已销号 ${closed} 项。`}
      </p>
      {overdue > 0 && (
        <p class="danger-box" role="alert">
          有 {overdue} 项隐患已过整改期限、还没有销号。
        </p>
      )}
      {missing > 0 && (
        <p class="pending" role="alert">
          有 {missing} 项问题还没有完整的整改计划（措施、责任人、期限）。
        </p>
      )}
      <InspectionFields a={a} />
      <h3>重大事故隐患（{e.major.length}）</h3>
      {e.major.length === 0 ? (
        <p>没有答“不符合”或“设施失效或无效”的判定标准条目。</p>
      ) : (
        <ol class="findings">
          {e.major.map((f) => (
            <FindingCard key={f.item.id} aid={a.id} f={f} plan={planOf(f.item.id)} edit={edit} />
          ))}
        </ol>
      )}
      <h3>一般问题：工作要点义务未落实（{e.gaps.length}）</h3>
      {e.gaps.length === 0 ? (
        <p>没有答“不符合”的工作要点义务。</p>
      ) : (
        <ol class="findings">
          {e.gaps.map((f) => (
            <FindingCard key={f.item.id} aid={a.id} f={f} plan={planOf(f.item.id)} edit={edit} />
          ))}
        </ol>
      )}
      <h3>其他隐患（自行添加，{e.own.length}）</h3>
      {e.own.length > 0 && (
        <ol class="findings">
          {e.own.map((o) => (
            <OwnItemCard key={o.key} aid={a.id} o={o} plan={planOf(o.key)} edit={edit} />
          ))}
        </ol>
      )}
      <OwnItemForm aid={a.id} />
      <h3>待核实（{e.open.length}）</h3>
      {e.open.length ? <OpenItems items={e.open} /> : <p>没有待核实的条目。</p>}
      {e.orphans.length > 0 && (
        <>
          <h3>条目已更新</h3>
          <p>这些旧条目在内容更新后已不存在，答案仍保留：{e.orphans.map((o) => o.id).join('、')}</p>
        </>
      )}
      <p class="row">
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
        <a class="button button-secondary" href={link(routes.selfCheckLedger())}>
          隐患台账（全部记录）
        </a>
      </p>
    </div>
  );
}
