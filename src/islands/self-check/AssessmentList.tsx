import { useState } from 'preact/hooks';
import type { CheckItem } from '../../lib/checks';
import { compareAssessments, evaluate, type Assessment } from '../../lib/self-check';
import {
  checkImport,
  deleteAssessment,
  duplicateAssessment,
  exportAssessment,
  importAssessment,
  openAssessment,
} from '../../stores/self-check';
import TransferBox from '../shared/TransferBox';

interface Props {
  list: Assessment[];
  items: CheckItem[];
  onNew: () => void;
}

/** Saved assessments with date and counts: open, duplicate to re-check, delete with confirmation, compare two, export/import. */
export default function AssessmentList({ list, items, onNew }: Props) {
  const [pair, setPair] = useState<[string, string]>(['', '']);
  const titleOf = (id: string) => items.find((i) => i.id === id);
  const [before, after] = pair.map((id) => list.find((a) => a.id === id));
  const cmp = before && after && before.id !== after.id ? compareAssessments(before, after) : undefined;
  const name = (id: string) => {
    const i = titleOf(id);
    return i ? `${i.clause} ${i.title}` : `${id}（条目已更新）`;
  };
  return (
    <div>
      <p>
        <button type="button" onClick={onNew}>
          新建自查
        </button>
      </p>
      {list.length === 0 && <p>本机还没有自查记录。</p>}
      <ul class="assessments">
        {list.map((a) => {
          const e = evaluate(a, items);
          return (
            <li key={a.id} class="card">
              <h3>{a.name}</h3>
              <p class="muted">
                创建 {a.createdAt.slice(0, 10)} · 更新 {a.updatedAt.slice(0, 10)} · 已答 {e.counts.answered}/{e.counts.total} · 重大隐患{' '}
                {e.major.length} · 一般问题 {e.gaps.length} · 待核实 {e.open.length}
              </p>
              <p class="row">
                <button type="button" onClick={() => openAssessment(a.id)}>
                  继续
                </button>
                <button type="button" class="secondary" onClick={() => duplicateAssessment(a.id)}>
                  复制一份复查
                </button>
                <button
                  type="button"
                  class="secondary"
                  onClick={() => {
                    if (window.confirm(`确定删除“${a.name}”？删除后无法恢复（除非有导出备份）。`)) deleteAssessment(a.id);
                  }}
                >
                  删除
                </button>
              </p>
              <TransferBox
                label={a.name}
                fileName={`自查-${a.name}-${a.updatedAt.slice(0, 10)}.json`}
                onExport={() => exportAssessment(a.id)}
                onImport={importFlow}
              />
            </li>
          );
        })}
      </ul>
      {list.length === 0 && <TransferBox label="自查记录" fileName="自查.json" onExport={() => undefined} onImport={importFlow} />}
      {list.length >= 2 && (
        <section class="card">
          <h3>对比两次自查</h3>
          <div class="grid3">
            {(['较早的一次', '较新的一次'] as const).map((label, k) => (
              <label class="block" key={label}>
                {label}
                <select
                  value={pair[k]}
                  onChange={(e) =>
                    setPair((p) =>
                      k === 0 ? [(e.currentTarget as HTMLSelectElement).value, p[1]] : [p[0], (e.currentTarget as HTMLSelectElement).value],
                    )
                  }
                >
                  <option value="">请选择</option>
                  {list.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.name}（{a.updatedAt.slice(0, 10)}）
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          {cmp && (
            <div role="status">
              <p>
                已整改（{cmp.fixed.length}）：{cmp.fixed.map(name).join('；') || '无'}
              </p>
              <p>
                新发现（{cmp.added.length}）：{cmp.added.map(name).join('；') || '无'}
              </p>
              <p>
                仍未整改（{cmp.still.length}）：{cmp.still.map(name).join('；') || '无'}
              </p>
            </div>
          )}
        </section>
      )}
    </div>
  );
}

function importFlow(text: string) {
  const r = checkImport(text);
  if (!r.ok) return { error: r.error };
  return {
    confirm: r.exists ? `本机已有同一份自查“${r.assessment.name}”，要用导入的内容替换它吗？` : undefined,
    apply: () => importAssessment(r.assessment),
    done: `已导入“${r.assessment.name}”。`,
  };
}
