import type { Finding, PlanEntry } from '../../lib/self-check';
import { ANSWER_LABELS, suggestMeasures } from '../../lib/self-check';
import { link } from '../../lib/paths';
import { routes } from '../../lib/routes';
import HazardLifecycle from './HazardLifecycle';
import PlanFields from './PlanFields';
import { LazyPhotoField } from './lazy-photos';

interface Props {
  aid: string;
  f: Finding;
  plan: PlanEntry;
  edit: (id: string, field: keyof PlanEntry, value: string) => void;
}

/**
 * One finding with its clause, what was seen, its action plan, its lifecycle (整改 → 验收 → 销号) and a place for
 * its photos (整改前 / 整改后, the same photos as the item's in step 2).
 */
export default function FindingCard({ aid, f, plan, edit }: Props) {
  const href = link(f.item.kind === 'criterion' ? routes.criterion(f.item.id) : routes.workPlanTask(f.item.task));
  return (
    <li class={`card finding-${f.severity}`} id={`finding-${f.item.id}`}>
      <p>
        <span class={`badge ${f.severity === 'major' ? 'badge-danger' : 'badge-warn'}`}>
          {f.severity === 'major' ? '重大事故隐患' : '一般问题'}
        </span>{' '}
        <a href={href}>{f.item.clause}</a> {f.item.title}
        <span class="muted">（{ANSWER_LABELS[f.answer.answer]}）</span>
      </p>
      <p class="muted">{f.item.detail}</p>
      {f.item.penalty && <p class="muted">法律后果：{f.item.penalty}</p>}
      {f.answer.note && <p>现场情况：{f.answer.note}</p>}
      <PlanFields
        hkey={f.item.id}
        plan={plan}
        major={f.severity === 'major'}
        suggestions={suggestMeasures(f.item)}
        edit={(field, v) => edit(f.item.id, field, v)}
      />
      <div class="finding-photos">
        <LazyPhotoField assessmentId={aid} itemKey={f.item.id} label={f.item.clause} />
      </div>
      <HazardLifecycle aid={aid} hkey={f.item.id} track={f.track} deadline={plan.deadline} />
    </li>
  );
}
