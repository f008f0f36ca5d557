import { link } from '../../lib/paths';
import { routes } from '../../lib/routes';
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import type { CheckItem } from '../../lib/checks';
import { localDate, zhDate } from '../../lib/dates';
import { checkDay, orderByDate } from '../../lib/report-compare';
import { evaluate, type Assessment } from '../../lib/self-check';
import { PHOTOS_NOT_IN_CODE } from '../../lib/photo';
import { LIMITS } from '../../lib/storage/limits';
import {
  assessments,
  checkImport,
  copyWouldShorten,
  deleteAssessment,
  duplicateAssessment,
  exportAssessment,
  exportAssessmentFile,
  openAssessment,
} from '../../stores/self-check';
import AsideList from '../shared/AsideList';
import CompareTable from './CompareTable';
import ExportButtons from '../shared/ExportButtons';
import TransferBox from '../shared/TransferBox';

interface Props {
  list: Assessment[];
  items: CheckItem[];
  onNew: () => void;
}

/** Saved assessments with date and counts: open, duplicate to re-check, delete with confirmation, compare two, export/import. */
export default function AssessmentList({ list, items, onNew }: Props) {
  const [pair, setPair] = useState<[string, string]>(['', '']);
  const [error, setError] = useState('');
  const newer = useStore(assessments.$newer);
  // Compared in date order whatever order they were picked in (lib/report-compare decides which is earlier).
  const chosen = pair.map((id) => list.find((a) => a.id === id)).filter((a): a is Assessment => !!a);
  const [x, y] = chosen;
  const ordered = x && y && x.id !== y.id ? orderByDate(x, y) : undefined;
  const full = list.length >= LIMITS.assessments;
  const act = (r: { ok: boolean; error?: string }) => setError(r.ok ? '' : (r.error ?? ''));
  return (
    <div>
      <p class="row">
        <button type="button" onClick={onNew} disabled={full}>
          新建自查
        </button>
        <span class="muted">
          本机已保存 {list.length}/{LIMITS.assessments} 份
        </span>
      </p>
      {full && (
        <p role="alert" class="pending">
          已达到本机保存上限 {LIMITS.assessments} 份：请先导出备份并删除不再需要的记录，才能新建或复制。
        </p>
      )}
      {error && (
        <p role="alert" class="error-text">
          {error}
        </p>
      )}
      {newer.length > 0 && (
        <p class="pending" role="status">
          另有 {newer.length} 份记录由更新版本的本站保存，本页不会改动它们；刷新页面即可查看。
        </p>
      )}
      {list.length === 0 && <p>本机还没有自查记录。</p>}
      <ul class="assessments">
        {list.map((a) => {
          const e = evaluate(a, items);
          const foreign = a.foreign
            ? a.foreign.industries.length + a.foreign.specials.length + a.foreign.subSectors.length + Object.keys(a.foreign.answers).length
            : 0;
          return (
            <li key={a.id} class="card">
              <h3>{a.name}</h3>
              <p class="muted">
                创建 {zhDate(a.createdAt)} · 更新 {zhDate(a.updatedAt)} · 已答 {e.counts.answered}/{e.counts.total} · 重大隐患{' '}
                {e.major.length} · 一般问题 {e.gaps.length} · 待核实 {e.open.length}
                {foreign > 0 && ` · 含 ${foreign} 个未知选项（来自其他版本，已保留）`}
              </p>
              <p class="row">
                <button type="button" onClick={() => openAssessment(a.id)}>
                  继续
                </button>
                <a class="button secondary" href={`${link(routes.selfCheckReport())}?id=${encodeURIComponent(a.id)}`}>
                  报告
                </a>
                <button type="button" class="secondary" disabled={full} onClick={() => act(duplicateAssessment(a.id))}>
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
              {copyWouldShorten(a.name) && <p class="muted small">名称较长：复制件的名称会截短到 {LIMITS.name} 字以内。</p>}
              <details>
                <summary>备份这份自查（导出）</summary>
                <ExportButtons
                  fileName={`自查-${a.name}-${localDate(a.updatedAt)}.json`}
                  onExport={() => exportAssessment(a.id)}
                  onExportFile={() => exportAssessmentFile(a.id)}
                  codeNote={PHOTOS_NOT_IN_CODE}
                />
              </details>
            </li>
          );
        })}
      </ul>
      <TransferBox label="自查记录" onImport={checkImport} />
      <AsideList kinds={['assessment']} label="自查记录" />
      {list.length >= 2 && (
        <section class="card">
          <h3>对比两次自查</h3>
          <p class="muted">选两份记录，按检查日期（未填时按创建日期）自动分出较早和较新的一次。</p>
          <div class="grid3">
            {(['第一份', '第二份'] as const).map((label, k) => (
              <label class="block" key={label}>
                {label}
                <select
                  value={pair[k]}
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    setPair((p) => (k === 0 ? [v, p[1]] : [p[0], v]));
                  }}
                >
                  <option value="">请选择</option>
                  {list.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.name}（{checkDay(a)}）
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          {ordered && <CompareTable earlier={ordered[0]} later={ordered[1]} items={items} />}
        </section>
      )}
    </div>
  );
}
