import { useStore } from '@nanostores/preact';
import type { TargetedEvent } from 'preact';
import { useState } from 'preact/hooks';
import { MAX_IMPORT_BYTES } from '../../lib/transfer';
import { vault } from '../../stores/site';
import type { ImportChoice, ImportFlow } from '../../stores/transfer-flow';
import ExportButtons from './ExportButtons';

interface Props {
  /** What is exported, e.g. 本次自查. */
  label: string;
  /** Export, when this box also exports (the self-check list exports per record instead). */
  exporter?: { fileName: string; onExport: () => { json: string; code: string } | undefined } | undefined;
  /** Validates an import; returns an error, or the ways to apply it (asked when anything would be replaced). */
  onImport: (text: string) => ImportFlow;
}

const PERSISTED: Record<string, string> = {
  granted: '浏览器已同意长期保存本站数据（空间不足时也不会自动清理）。',
  denied: '浏览器未同意长期保存：空间不足时可能被清理，请定期导出备份。',
  unsupported: '此浏览器不支持申请长期保存，请定期导出备份。',
  unknown: '',
};

/** Export as a JSON file and a copyable text code; import from a file or a pasted code. Shared by self-check and practice. */
export default function TransferBox({ label, exporter, onImport }: Props) {
  const [paste, setPaste] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [pending, setPending] = useState<{ question?: string | undefined; choices: ImportChoice[] } | null>(null);
  const persisted = useStore(vault.$persisted);

  const apply = (c: ImportChoice) => {
    setPending(null);
    setPaste('');
    const done = c.run();
    setStatus(done);
    // Parts saved after the record (photos) report when they are in: the message then says what came with it.
    void c.later?.().then((more) => setStatus(`${done}${more}`));
  };
  const runImport = (text: string) => {
    setError('');
    setStatus('');
    setPending(null);
    const r = onImport(text);
    if ('error' in r) setError(r.error);
    else if (r.choices.length === 1 && r.choices[0] && !r.question) apply(r.choices[0]);
    else setPending(r);
  };
  const readFile = (e: TargetedEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setError('文件太大，不像本站导出的数据，未导入。');
      return;
    }
    file.text().then(runImport, () => setError('无法读取这个文件，未导入。'));
  };

  return (
    <section class="transfer card" aria-label={`${label}的导出和导入`}>
      <h3>{exporter ? `备份与迁移：${label}` : `导入${label}`}</h3>
      <p class="muted">数据只在本机。微信退出登录或清理缓存会清空它，请定期导出备份。{PERSISTED[persisted]}</p>
      {exporter && <ExportButtons fileName={exporter.fileName} onExport={exporter.onExport} />}
      <label class="block">
        从文件导入
        <input type="file" accept="application/json,.json" onChange={readFile} />
      </label>
      <label class="block">
        或粘贴数据码 / 文件内容
        <textarea rows={3} value={paste} onInput={(e) => setPaste(e.currentTarget.value)} />
      </label>
      <p>
        <button type="button" onClick={() => runImport(paste)}>
          导入
        </button>
      </p>
      {pending && (
        <div role="group" aria-label="导入方式" class="pending">
          {pending.question && <p>{pending.question}</p>}
          <p class="row">
            {pending.choices.map((c) => (
              <button type="button" key={c.label} onClick={() => apply(c)}>
                {c.label}
              </button>
            ))}
            <button
              type="button"
              class="secondary"
              onClick={() => {
                setPending(null);
                setStatus('已取消，未做任何改动。');
              }}
            >
              取消
            </button>
          </p>
        </div>
      )}
      <p role="status" class="ok-text">
        {status}
      </p>
      {error && (
        <p role="alert" class="error-text">
          {error}
        </p>
      )}
    </section>
  );
}
