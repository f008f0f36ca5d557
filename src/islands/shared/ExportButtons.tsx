import { useState } from 'preact/hooks';
import { downloadText } from './download';

interface Props {
  /** File name for the download. */
  fileName: string;
  /** Produces the export, or undefined if nothing to export. */
  onExport: () => { json: string; code: string } | undefined;
}

/** Export as a JSON file and as a copyable text code (for WeChat, where downloads often fail). */
export default function ExportButtons({ fileName, onExport }: Props) {
  const [code, setCode] = useState('');
  const [status, setStatus] = useState('');
  const download = () => {
    const out = onExport();
    if (!out) return;
    downloadText(out.json, fileName);
    setStatus('已生成文件。若微信内无法下载，请用“复制数据码”。');
  };
  const showCode = async () => {
    const out = onExport();
    if (!out) return;
    setCode(out.code);
    try {
      await navigator.clipboard.writeText(out.code);
      setStatus('数据码已复制，可粘贴到聊天或备忘录保存。');
    } catch {
      setStatus('请长按下方数据码全选复制。');
    }
  };
  return (
    <>
      <p class="row">
        <button type="button" class="secondary" onClick={download}>
          导出为文件
        </button>
        <button type="button" class="secondary" onClick={showCode}>
          复制数据码
        </button>
      </p>
      {code && (
        <label class="block">
          数据码（整段复制保存）
          <textarea readOnly rows={3} value={code} onFocus={(e) => (e.currentTarget as HTMLTextAreaElement).select()} />
        </label>
      )}
      {status && (
        <p role="status" class="ok-text">
          {status}
        </p>
      )}
    </>
  );
}
