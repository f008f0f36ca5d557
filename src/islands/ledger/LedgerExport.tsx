import { useState } from 'preact/hooks';
import type { LedgerRow } from '../../lib/ledger';
import { ledgerFileName } from '../../lib/ledger';

interface Props {
  rows: LedgerRow[];
  text: () => string;
}

/** 导出 Excel (the spreadsheet library is loaded only on this click) and 复制为文字 for WeChat, where downloads fail. */
export default function LedgerExport({ rows, text }: Props) {
  const [msg, setMsg] = useState('');
  const [busy, setBusy] = useState(false);
  const [fallback, setFallback] = useState('');
  const xlsx = async () => {
    setBusy(true);
    setMsg('正在生成表格…');
    try {
      const { ledgerXlsx } = await import('../../lib/ledger-xlsx');
      const blob = await ledgerXlsx(rows);
      const url = URL.createObjectURL(blob);
      const a = Object.assign(document.createElement('a'), { href: url, download: ledgerFileName() });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      setMsg(`已生成 ${ledgerFileName()}（${rows.length} 项）。微信里无法下载时，请用“复制为文字”，或在手机浏览器中打开本页。`);
    } catch {
      setMsg('表格生成失败（可能是网络断开，表格组件没有加载），请联网后重试，或用“复制为文字”。');
    } finally {
      setBusy(false);
    }
  };
  const copy = async () => {
    const t = text();
    try {
      await navigator.clipboard.writeText(t);
      setFallback('');
      setMsg('台账文字已复制，可粘贴到微信或文档。');
    } catch {
      setFallback(t);
      setMsg('复制失败，请在下方文本框长按全选复制。');
    }
  };
  return (
    <div class="no-print">
      <p class="row">
        <button type="button" disabled={busy || rows.length === 0} onClick={xlsx}>
          导出 Excel（.xlsx）
        </button>
        <button type="button" class="secondary" disabled={rows.length === 0} onClick={copy}>
          复制为文字
        </button>
        <button type="button" class="secondary" onClick={() => window.print()}>
          打印
        </button>
      </p>
      <p role="status">{msg}</p>
      {fallback && (
        <label class="block">
          台账文字
          <textarea readOnly rows={8} value={fallback} />
        </label>
      )}
    </div>
  );
}
