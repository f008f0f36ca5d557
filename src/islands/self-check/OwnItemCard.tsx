import type { OwnFinding, PlanEntry } from '../../lib/self-check';
import { removeOwnItem } from '../../stores/self-check';
import HazardLifecycle from './HazardLifecycle';
import PlanFields from './PlanFields';
import { LazyPhotoField } from './lazy-photos';

interface Props {
  aid: string;
  o: OwnFinding;
  plan: PlanEntry;
  edit: (id: string, field: keyof PlanEntry, value: string) => void;
}

/** A hazard the user added: its name and basis, then the same plan, photos and lifecycle as a finding. */
export default function OwnItemCard({ aid, o, plan, edit }: Props) {
  return (
    <li class={`card finding-${o.severity}`} id={`finding-${o.key}`}>
      <p>
        <span class={`badge ${o.severity === 'major' ? 'badge-danger' : 'badge-warn'}`}>
          {o.severity === 'major' ? '重大事故隐患' : '一般隐患'}
        </span>{' '}
        <strong>{o.own.title}</strong>
        <span class="muted">（自行添加）</span>
      </p>
      <p class="muted">依据：{o.own.basis || '未填'}</p>
      {o.own.note && <p>现场情况：{o.own.note}</p>}
      <PlanFields hkey={o.key} plan={plan} major={o.severity === 'major'} suggestions={[]} edit={(field, v) => edit(o.key, field, v)} />
      <div class="finding-photos">
        <LazyPhotoField assessmentId={aid} itemKey={o.key} label={o.own.title} />
      </div>
      <HazardLifecycle aid={aid} hkey={o.key} track={o.track} deadline={plan.deadline} />
      <p>
        <button
          type="button"
          class="secondary small"
          onClick={() => {
            if (confirm(`删除“${o.own.title}”及其整改计划和整改记录？`)) removeOwnItem(aid, o.key);
          }}
        >
          删除这项
        </button>
      </p>
    </li>
  );
}
