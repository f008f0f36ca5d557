import { useState } from 'preact/hooks';
import { downloadText } from './download';

interface Props {
  /** File name for the download. */
  fileName: string;
  /** Produces the export, or undefined if nothing to export. */
  onExport: () => { json: string; code: string } | undefined;
  /** The file's text when it carries more than the code (a self-check's photos); read when 导出为文件 is pressed. */
  onExportFile?: () => Promise<string | undefined>;
  /** Said beside the code (e.g. that it carries no photos). */
  codeNote?: string;
}

/** Export as a JSON file and as a copyable text code (for WeChat, where downloads often fail). */
export default function ExportButtons({ fileName, onExport, onExportFile, codeNote }: Props) {
  const [code, setCode] = useState('');
  const [status, setStatus] = useState('');
  const download = async () => {
    let json: string | undefined;
    try {
      json = onExportFile ? await onExportFile() : onExport()?.json;
    } catch {
      setStatus('导出文件没有生成成功，请重试；也可先用“复制数据码”（不含照片）。');
      return;
    }
    if (json === undefined) return;
    downloadText(json, fileName);
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
        <button type="button" class="secondary" onClick={() => void download()}>
          导出为文件
        </button>
        <button type="button" class="secondary" onClick={showCode}>
          复制数据码
        </button>
      </p>
      {code && (
        <label class="block">
          数据码（整段复制保存）
          <textarea readOnly rows={3} value={code} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
      {code && codeNote && <p class="muted">{codeNote}</p>}
      {status && (
        <p role="status" class="ok-text">
          {status}
        </p>
      )}
    </>
  );
}
