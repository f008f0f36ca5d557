import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { $notices, dismissNotice, type Notice } from '../../stores/notices';
import { downloadText } from './download';
import '../../styles/notices.css';

/** Shows notices about saved data, with what the user can do at once: reload, or copy / download what was not kept. */
export default function Notices() {
  const notices = useStore($notices);
  if (!notices.length) return null;
  const urgent = notices.filter((n) => n.urgent);
  const rest = notices.filter((n) => !n.urgent);
  return (
    <>
      {rest.length > 0 && (
        <div class="notices">
          {rest.map((n) => (
            <NoticeBox key={n.id} n={n} />
          ))}
        </div>
      )}
      {urgent.length > 0 && (
        <div class="notices-float">
          {urgent.map((n) => (
            <NoticeBox key={n.id} n={n} />
          ))}
        </div>
      )}
    </>
  );
}

function NoticeBox({ n }: { n: Notice }) {
  const { rescue } = n;
  const [copied, setCopied] = useState('');
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('已复制。请粘贴到聊天或备忘录保存。');
    } catch {
      setCopied('无法自动复制：请长按下面的文本框全选复制。');
    }
  };
  return (
    <div role={n.level === 'alert' ? 'alert' : 'status'} class={n.level === 'alert' ? 'danger-box' : 'pending'}>
      <p>{n.text}</p>
      {rescue && (
        <>
          <p class="row">
            <button type="button" onClick={() => copy(rescue.text)}>
              复制数据
            </button>
            <button type="button" class="secondary" onClick={() => downloadText(rescue.text, rescue.fileName)}>
              下载为文件
            </button>
          </p>
          {copied && <p>{copied}</p>}
          <label class="block">
            未保存的数据（可长按全选复制）
            <textarea readOnly rows={3} value={rescue.text} />
          </label>
        </>
      )}
      <p class="row">
        {n.reload && (
          <button type="button" onClick={() => location.reload()}>
            刷新页面
          </button>
        )}
        <button type="button" class="secondary" onClick={() => dismissNotice(n.id)}>
          知道了
        </button>
      </p>
    </div>
  );
}
