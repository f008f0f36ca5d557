import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import type { CheckItem } from '../../lib/checks';
import { ANSWER_LABELS, evaluate, isPlanComplete } from '../../lib/self-check';
import { profileLine, reportText } from '../../lib/report-text';
import { $current } from '../../stores/self-check';
import Notices from '../shared/Notices';
import OpenItems from './OpenItems';
import { useMounted } from '../shared/useMounted';
import { useJson } from '../shared/useJson';
import { ITEMS_ERROR, itemsUrl } from './items-url';

interface Props {
  base: string;
}

/** The printable A4 report of the current assessment, with "copy as text". */
export default function ReportApp({ base }: Props) {
  // Read saved data at hydration, not when the items arrive: a corrupt copy is set aside and reported at once.
  useStore($current);
  const { data: items, error } = useJson<CheckItem[]>(itemsUrl(base), ITEMS_ERROR);
  if (error) return <p role="alert">{error}</p>;
  if (!items) return <p>正在加载自查条目…</p>;
  return <Report items={items} base={base} />;
}

function Report({ items, base }: { items: CheckItem[]; base: string }) {
  const mounted = useMounted();
  const a = useStore($current);
  const [copied, setCopied] = useState('');
  if (!mounted) return <p>正在读取本机保存的自查记录…</p>;
  if (!a)
    return (
      <p>
        还没有打开的自查。请先到<a href={`${base}self-check/`}>企业自查</a>新建或选择一次自查。
      </p>
    );
  const e = evaluate(a, items);
  const date = new Date().toISOString().slice(0, 10);
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
      <Notices />
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
        <textarea readOnly rows={12} value={reportText(a, items, date)} />
      </details>
    </div>
  );
}

function ReportTable({ findings }: { findings: ReturnType<typeof evaluate>['findings'] }) {
  return (
    <div class="table-wrap">
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
              <td>
                {f.item.clause}
                <br />
                {f.item.title}
              </td>
              <td>
                {ANSWER_LABELS[f.answer.answer]}
                {f.answer.note ? `：${f.answer.note}` : ''}
              </td>
              {isPlanComplete(f.plan) ? (
                <>
                  <td>{f.plan!.measure}</td>
                  <td>{f.plan!.owner}</td>
                  <td>{f.plan!.deadline}</td>
                  <td>{f.plan!.funds}</td>
                </>
              ) : (
                <td colSpan={4}>未制定整改计划</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
