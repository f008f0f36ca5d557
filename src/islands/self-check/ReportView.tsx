import { useState } from 'preact/hooks';
import type { CheckItem } from '../../lib/checks';
import { zhDate } from '../../lib/dates';
import { ANSWER_LABELS, evaluate, type Assessment } from '../../lib/self-check';
import { planParts, profileLine, reportText } from '../../lib/report-text';
import '../../styles/report.css';
import OpenItems from './OpenItems';

interface Props {
  a: Assessment;
  items: CheckItem[];
  base: string;
}

/** The printable A4 report of one assessment, with "copy as text". */
export default function ReportView({ a, items, base }: Props) {
  const [copied, setCopied] = useState('');
  const e = evaluate(a, items);
  const date = zhDate();
  const copy = async () => {
    const text = reportText(a, items, date);
    try {
      await navigator.clipboard.writeText(text);
      setCopied('报告文字已复制，可粘贴到微信或文档。');
    } catch {
      setCopied('复制失败，请在下方文本框长按全选复制。');
    }
  };
  return (
    <div class="report">
      <p class="row no-print">
        <button type="button" onClick={() => window.print()}>
          打印 / 另存为 PDF
        </button>
        <button type="button" class="secondary" onClick={copy}>
          复制为文字
        </button>
        <a href={`${base}self-check/`}>‹ 返回自查</a>
      </p>
      <p role="status" class="no-print">
        {copied}
      </p>
      <h2>企业安全自查报告</h2>
      <dl class="meta">
        <dt>企业</dt>
        <dd>{a.name}</dd>
        <dt>日期</dt>
        <dd>{date}</dd>
        <dt>概况</dt>
        <dd>{profileLine(a)}</dd>
        <dt>核对</dt>
        <dd>
          共 {e.counts.total} 条，已答 {e.counts.answered} 条：符合 {e.counts.ok}，不符合 {e.counts.no + e.counts.failed}，不适用{' '}
          {e.counts.na}，待核实 {e.counts.unsure}
        </dd>
      </dl>
      <h3>一、重大事故隐患（{e.major.length} 项）</h3>
      {e.major.length === 0 ? <p>无。</p> : <ReportTable findings={e.major} />}
      <h3>二、工作要点义务未落实（一般问题，{e.gaps.length} 项）</h3>
      {e.gaps.length === 0 ? <p>无。</p> : <ReportTable findings={e.gaps} />}
      <h3>三、待核实（{e.open.length} 项）</h3>
      {e.open.length === 0 ? <p>无。</p> : <OpenItems items={e.open} />}
      {e.unanswered.length > 0 && <p>尚未核对 {e.unanswered.length} 条。</p>}
      {e.orphans.length > 0 && <p>条目已更新：{e.orphans.map((o) => `${o.id}（${ANSWER_LABELS[o.answer.answer]}）`).join('、')}</p>}
      <div class="signatures">
        <p>主要负责人（签字）：________________ 日期：__________</p>
        <p>安全管理人员（签字）：______________ 日期：__________</p>
      </div>
      <p class="muted">判定依据：《工贸企业重大事故隐患判定标准》（应急管理部令第10号），以官方文本为准。本报告由本机生成，数据未上传。</p>
      <details class="no-print">
        <summary>文字版（可长按复制）</summary>
        <textarea readOnly rows={12} value={reportText(a, items, date)} aria-label="报告文字版" />
      </details>
    </div>
  );
}

function ReportTable({ findings }: { findings: ReturnType<typeof evaluate>['findings'] }) {
  return (
    <div class="report-table">
      <table>
        <thead>
          <tr>
            <th scope="col">条款</th>
            <th scope="col">情况</th>
            <th scope="col">整改措施</th>
            <th scope="col">责任人</th>
            <th scope="col">期限</th>
            <th scope="col">资金</th>
          </tr>
        </thead>
        <tbody>
          {findings.map((f) => (
            <tr key={f.item.id}>
              <td data-label="条款">
                {f.item.clause}
                <br />
                {f.item.title}
              </td>
              <td data-label="情况">
                {ANSWER_LABELS[f.answer.answer]}
                {f.answer.note ? `：${f.answer.note}` : ''}
              </td>
              {(() => {
                const parts = planParts(f.plan);
                if (!parts) return <td colSpan={4}>未制定整改计划</td>;
                return parts.map(([label, value]) => (
                  <td key={label} data-label={label} class={value === '未填' ? 'missing' : undefined}>
                    {value}
                  </td>
                ));
              })()}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
