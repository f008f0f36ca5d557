import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { asideExport } from '../../stores/aside';
import { vault } from '../../stores/site';
import { localDateTime } from '../../lib/dates';
import { downloadText } from './download';

interface Props {
  /** Record kinds shown here (e.g. assessment). */
  kinds: readonly string[];
  /** What they are, e.g. 自查记录. */
  label: string;
}

/** Records that could not be read: listed with their date, exportable, and importable back through the import box. */
export default function AsideList({ kinds, label }: Props) {
  const all = useStore(vault.$aside);
  const list = all.filter((r) => kinds.includes(r.kind));
  const [shown, setShown] = useState<Record<string, string>>({});
  if (!list.length) return null;
  return (
    <section class="card" aria-labelledby="aside-h">
      <h3 id="aside-h">
        无法读取的{label}（{list.length}）
      </h3>
      <p class="muted">它们原样保存在本机，没有删除。导出后可在“导入”框导入（更新版本的本站能读取时即可恢复），也可交给技术人员查看。</p>
      <ul>
        {list.map((r) => {
          const out = asideExport(r);
          return (
            <li key={r.key}>
              <p>
                {localDateTime(r.at)} 另存 · {r.reason}
                {out.importable ? '' : '（原始文本，无法直接导入）'}
              </p>
              <p class="row">
                <button type="button" class="secondary small" onClick={() => downloadText(out.json, out.fileName)}>
                  下载
                </button>
                <button type="button" class="secondary small" onClick={() => setShown({ ...shown, [r.key]: out.code })}>
                  显示数据码
                </button>
                <button
                  type="button"
                  class="secondary small"
                  onClick={() => window.confirm('删除这份无法读取的记录？删除后无法恢复。') && void vault.dropAside(r.key)}
                >
                  删除
                </button>
              </p>
              {shown[r.key] && (
                <label class="block">
                  数据码（整段复制保存）
                  <textarea readOnly rows={3} value={shown[r.key]} />
                </label>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
