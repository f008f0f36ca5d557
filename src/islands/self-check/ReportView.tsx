import { useState } from 'preact/hooks';
import type { CheckItem } from '../../lib/checks';
import { localDate, zhDate } from '../../lib/dates';
import { link } from '../../lib/paths';
import { profileLine, reportText } from '../../lib/report-text';
import { buildReport, type ReportFinding } from '../../lib/report-view';
import { routes } from '../../lib/routes';
import { ANSWER_LABELS, type Assessment } from '../../lib/self-check';
import '../../styles/report.css';
import OpenItems from './OpenItems';
import ReportAppendix from './ReportAppendix';
import ReportFindingBlock from './ReportFindingBlock';
import ReportSummary from './ReportSummary';

interface Props {
  a: Assessment;
  items: CheckItem[];
}

/** A value from the record, or a line to write on by hand in the printout. */
const Fill = ({ value }: { value: string }) =>
  value ? (
    <>{value}</>
  ) : (
    <span class="report-fill">
      <span class="visually-hidden">未填写（打印后手写）</span>
    </span>
  );

const Findings = ({ aid, list, none = '无。' }: { aid: string; list: ReportFinding[]; none?: string }) =>
  list.length === 0 ? (
    <p>{none}</p>
  ) : (
    <>
      {list.map((f, i) => (
        <ReportFindingBlock key={f.key} aid={aid} f={f} n={i + 1} />
      ))}
    </>
  );

/** The printable A4 report of one assessment (stacked cards on a phone), with "copy as text". */
export default function ReportView({ a, items }: Props) {
  const [copied, setCopied] = useState('');
  const date = localDate();
  const r = buildReport(a, items, date);
  const e = r.evaluation;
  const text = reportText(a, items, date);
  const copy = async () => {
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
        <a href={link(routes.selfCheck())}>‹ 返回自查</a>
      </p>
      <p role="status" class="no-print">
        {copied}
      </p>
      <h2>企业安全自查报告</h2>
      <dl class="meta report-head">
        <dt>企业</dt>
        <dd>{a.name}</dd>
        <dt>检查人</dt>
        <dd>
          <Fill value={r.inspector} />
        </dd>
        <dt>检查日期</dt>
        <dd>
          <Fill value={r.inspectionDate} />
        </dd>
        <dt>报告日期</dt>
        <dd>{zhDate(r.reportDate)}</dd>
        <dt>概况</dt>
        <dd>{profileLine(a)}</dd>
        <dt>核对</dt>
        <dd>
          共 {e.counts.total} 条，已答 {e.counts.answered} 条：符合 {e.counts.ok}，不符合 {e.counts.no + e.counts.failed}，不适用{' '}
          {e.counts.na}，待核实 {e.counts.unsure}
        </dd>
      </dl>
      <ReportSummary major={r.major} gaps={r.gaps} own={r.own} />
      <h3>一、重大事故隐患（{r.major.length} 项）</h3>
      {r.major.length > 0 && <p class="muted small">治理方案按六项列出，依据：{r.majorPlanBasis}。</p>}
      <Findings aid={a.id} list={r.major} />
      <h3>二、工作要点义务未落实（一般问题，{r.gaps.length} 项）</h3>
      <Findings aid={a.id} list={r.gaps} />
      <h3>三、自行添加的隐患（{r.own.length} 项）</h3>
      <Findings aid={a.id} list={r.own} none="无（目录未列出的隐患可在自查结果中自行添加）。" />
      <h3>四、待核实（{e.open.length} 项）</h3>
      {e.open.length === 0 ? <p>无。</p> : <OpenItems items={e.open} />}
      {e.unanswered.length > 0 && <p>尚未核对 {e.unanswered.length} 条（见附录“未核对”）。</p>}
      {e.orphans.length > 0 && <p>条目已更新：{e.orphans.map((o) => `${o.id}（${ANSWER_LABELS[o.answer.answer]}）`).join('、')}</p>}
      <div class="signatures">
        {['主要负责人', '安全管理人员', '检查人'].map((who) => (
          <p key={who}>
            <span class="sig">
              <span class="nowrap">{who}（签字）：</span>
              <span class="report-fill" />
            </span>
            <span class="sig">
              <span class="nowrap">日期：</span>
              <span class="report-fill short" />
            </span>
          </p>
        ))}
      </div>
      <p class="muted">判定依据：《工贸企业重大事故隐患判定标准》（应急管理部令第10号），以官方文本为准。本报告由本机生成，数据未上传。</p>
      <ReportAppendix modules={r.appendix} />
      <details class="no-print">
        <summary>文字版（可长按复制）</summary>
        <textarea readOnly rows={12} value={text} aria-label="报告文字版" />
      </details>
    </div>
  );
}
